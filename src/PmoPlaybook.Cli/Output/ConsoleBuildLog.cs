using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Cli.Output;

public sealed class ConsoleBuildLog : IBuildLog
{
    public void Progress(string message) => Console.WriteLine("  " + message);
}
