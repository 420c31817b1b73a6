using System.Diagnostics;

namespace PmoPlaybook.Testing;

/// <summary>
/// A throwaway Git repository with scripted commits: each commit names its author and its date, so
/// history-reading tests are the same on every machine and every day. The user's own Git configuration
/// is ignored (no signing prompts, no hooks, no aliases).
/// </summary>
public sealed class GitRepository : IDisposable
{
    private readonly TempDirectory _temp = new("pmo-git");
    private DateTimeOffset _clock = new(2025, 1, 6, 9, 0, 0, TimeSpan.FromHours(1));

    public GitRepository()
    {
        Git("init", "--quiet", "--initial-branch=main");
    }

    public string Path => _temp.Path;

    public string Combine(params string[] parts) => _temp.Combine(parts);

    /// <summary>Writes files (repository-relative path → text) without committing them.</summary>
    public GitRepository Write(params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            var full = Combine(path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return this;
    }

    public GitRepository Move(string from, string to)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Combine(to))!);
        Git("mv", from, to);
        return this;
    }

    public GitRepository Remove(string path)
    {
        Git("rm", "--quiet", path);
        return this;
    }

    /// <summary>Commits everything as the given author, one day after the previous commit unless a date is given.</summary>
    public string Commit(string author, string message, DateTimeOffset? date = null)
    {
        _clock = date ?? _clock.AddDays(1);
        Git("add", "--all");
        var email = author.ToLowerInvariant().Replace(' ', '.') + "@example.org";
        var stamp = _clock.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = stamp, ["GIT_COMMITTER_DATE"] = stamp },
            "-c", $"user.name={author}", "-c", $"user.email={email}", "commit", "--quiet", "--no-verify", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments) => Run(Path, arguments);

    private string Git(IDictionary<string, string> environment, params string[] arguments) => Run(Path, environment, arguments);

    /// <summary>Runs git in any repository, with no user or system configuration, independently of the code under test.</summary>
    public static string Run(string repository, params string[] arguments) => Run(repository, new Dictionary<string, string>(), arguments);

    public static string Run(string repository, IDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
        }
        return output;
    }

    /// <summary>Commit subjects, oldest first; none while the repository does not exist, is being created, or has no commit.</summary>
    public static IReadOnlyList<string> Subjects(string repository)
    {
        try
        {
            return Directory.Exists(System.IO.Path.Combine(repository, ".git"))
                ? Run(repository, "log", "--reverse", "--format=%s").Split('\n', StringSplitOptions.RemoveEmptyEntries)
                : [];
        }
        catch (InvalidOperationException)
        {
            // `git init` is not atomic: a poller can see .git before it is a repository.
            return [];
        }
    }

    /// <summary>
    /// Waits until the repository has a commit with each of these subjects (a loaded machine gets two minutes),
    /// then returns all its subjects; fails naming the missing ones, with <paramref name="diagnostics"/> (say, the app's log).
    /// </summary>
    public static async Task<IReadOnlyList<string>> WaitForSubjectsAsync(string repository, IReadOnlyCollection<string> expected, Func<string>? diagnostics = null)
    {
        IReadOnlyList<string> subjects = [];
        string[] Missing() => [.. expected.Where(s => !subjects.Contains(s))];
        try
        {
            await Eventually.UntilAsync(() =>
            {
                subjects = Subjects(repository);
                return Missing().Length == 0;
            }, "every expected commit is in " + repository, TimeSpan.FromMinutes(2));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Missing: {string.Join(", ", Missing())}.\n{diagnostics?.Invoke()}", e);
        }
        return subjects;
    }

    public static int CommitCount(string repository) => int.Parse(Run(repository, "rev-list", "--count", "HEAD").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many commits touched each path.</summary>
    public static IReadOnlyDictionary<string, int> CommitsPerPath(string repository) =>
        Run(repository, "log", "--format=", "--name-only").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());

    public void Dispose() => _temp.Dispose();
}
