namespace PmoPlaybook.ResultStore.Git;

/// <summary>A git command that failed, with git's own explanation (e.g. "Unable to create '…/index.lock': File exists").</summary>
public sealed class GitCommandException : Exception
{
    public GitCommandException(IReadOnlyList<string> arguments, int exitCode, string standardError)
        : base($"git {(arguments.Count > 0 ? arguments[0] : "")} exited with {exitCode}: {FirstLines(standardError)}")
    {
        ExitCode = exitCode;
        StandardError = standardError;
    }

    public int ExitCode { get; }

    public string StandardError { get; }

    private static string FirstLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no message)" : string.Join(" ", lines.Take(3));
    }
}
