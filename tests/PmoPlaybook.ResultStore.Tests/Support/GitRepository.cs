using System.Diagnostics;

namespace PmoPlaybook.ResultStore.Tests.Support;

/// <summary>Reads a repository with the git CLI directly, independently of the code under test.</summary>
public static class GitRepository
{
    public static string Run(string repository, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
    }

    /// <summary>Commit subjects, oldest first.</summary>
    public static IReadOnlyList<string> Subjects(string repository) =>
        Run(repository, "log", "--reverse", "--format=%s").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static int CommitCount(string repository) => int.Parse(Run(repository, "rev-list", "--count", "HEAD").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many commits touched each path.</summary>
    public static IReadOnlyDictionary<string, int> CommitsPerPath(string repository) =>
        Run(repository, "log", "--format=", "--name-only").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
}
