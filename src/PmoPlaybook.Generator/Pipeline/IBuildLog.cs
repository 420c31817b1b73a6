namespace PmoPlaybook.Generator.Pipeline;

/// <summary>Progress of a long build, for the terminal. The generator never writes to the console itself.</summary>
public interface IBuildLog
{
    void Progress(string message);

    static IBuildLog Silent { get; } = new SilentLog();

    private sealed class SilentLog : IBuildLog
    {
        public void Progress(string message)
        {
        }
    }
}
