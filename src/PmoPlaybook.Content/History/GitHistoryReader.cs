using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PmoPlaybook.Content.History;

/// <summary>
/// Reads content/'s history with one <c>git log</c> process for the whole tree (one process per file
/// would take minutes on a large site), after one <c>git rev-parse</c> that says whether there is a
/// usable repository. Never throws for a missing git, a folder outside any repository, a repository
/// without commits or a shallow clone: the build goes on without dates and says why in one line.
/// </summary>
public static class GitHistoryReader
{
    public static async Task<ContentHistory> ReadAsync(string contentDirectory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(contentDirectory))
        {
            return ContentHistory.Empty;
        }
        var root = Path.GetFullPath(contentDirectory);
        try
        {
            var probe = await RunAsync(root, ["rev-parse", "--is-shallow-repository", "--show-prefix"], cancellationToken,
                async output => await output.ReadToEndAsync(cancellationToken));
            if (probe.ExitCode != 0)
            {
                return ContentHistory.Unavailable("content is not in a Git repository");
            }
            var lines = probe.Value!.Split('\n');
            var prefix = lines.Length > 1 ? lines[1].Trim() : "";
            if (lines[0].Trim() == "true")
            {
                // A shallow clone (CI's default depth 1) would date every page to the last commit and credit
                // its author alone: better no dates than wrong ones. Fetch with full depth to get them.
                return ContentHistory.Unavailable("a shallow clone; fetch the full history, e.g. fetch-depth: 0", prefix);
            }

            var log = await RunAsync(root,
                ["log", "--no-merges", "--no-show-signature", "-M", "-z", "--relative", "--name-status", $"--format={GitLogParser.Format}", "--", "."],
                cancellationToken,
                output => Task.Run(() => GitLogParser.Parse(output, prefix), cancellationToken));
            return log.ExitCode == 0 && log.Value is { } history
                ? history
                : ContentHistory.Unavailable($"git log failed: {FirstLine(log.Error)}", prefix);
        }
        catch (Win32Exception)
        {
            return ContentHistory.Unavailable("git is not installed");
        }
    }

    private sealed record Run<T>(int ExitCode, T? Value, string Error);

    /// <summary>Runs git in the folder without a shell (arguments are passed as they are), reading its output as it comes.</summary>
    private static async Task<Run<T>> RunAsync<T>(string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken, Func<StreamReader, Task<T>> read)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Inside a Git hook these point at the hook's repository (often relatively): let -C decide instead.
        foreach (var variable in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX" })
        {
            start.Environment.Remove(variable);
        }
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";

        using var process = Process.Start(start) ?? throw new Win32Exception("git did not start");
        using var kill = cancellationToken.Register(() =>
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }
        });
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var value = await read(process.StandardOutput);
        await process.WaitForExitAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        return new Run<T>(process.ExitCode, process.ExitCode == 0 ? value : default, await error);
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
}
