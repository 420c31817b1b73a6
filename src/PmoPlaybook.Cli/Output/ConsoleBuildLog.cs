using System.Diagnostics;
using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Cli.Output;

/// <summary>Build progress on the terminal, each line with the time since the build started.</summary>
public sealed class ConsoleBuildLog : IBuildLog
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Progress(string message) => Console.WriteLine($"  [{_clock.Elapsed.TotalSeconds,5:0.0} s] {message}");
}
