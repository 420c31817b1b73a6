using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PmoPlaybook.ResultStore.Git;

/// <summary>
/// Runs the git command line: simpler and faster here than LibGit2Sharp (see the stack notes). Arguments go
/// through <see cref="ProcessStartInfo.ArgumentList"/>, never a shell string, so a path or message is always
/// one argument whatever it contains.
/// </summary>
/// <param name="fixedEnvironment">Variables for every command of this runner (the committer's identity).</param>
internal sealed class GitCli(string workingDirectory, IReadOnlyDictionary<string, string>? fixedEnvironment = null) : IGitRunner
{
    /// <summary>A git command that takes longer than this is stuck (a hook waiting for input, a hung mount).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>
    /// Runs git and returns whatever it exited with. Cancellation is only checked before starting: killing
    /// git half-way through a commit would leave .git/index.lock behind and block every later commit.
    /// </summary>
    public Task<GitOutput> RunAsync(CancellationToken cancellationToken, params string[] arguments) => RunAsync(null, cancellationToken, arguments);

    /// <param name="environment">Variables for this command only, on top of the runner's (e.g. GIT_INDEX_FILE).</param>
    public async Task<GitOutput> RunAsync(IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken, params string[] arguments)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Never wait for a password prompt; English, stable messages whatever the server's locale.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        start.Environment["LANGUAGE"] = "C";
        foreach (var variables in new[] { fixedEnvironment, environment })
        {
            foreach (var (key, value) in variables ?? new Dictionary<string, string>())
            {
                start.Environment[key] = value;
            }
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new GitCommandException(arguments, -1, $"git could not be started ({e.Message}); is the git command line installed?");
        }
        process.StandardInput.Close();
        using var stdout = new MemoryStream();
        var readOut = process.StandardOutput.BaseStream.CopyToAsync(stdout, CancellationToken.None);
        var readErr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"git {string.Join(' ', arguments.Take(1))} did not finish within {Timeout.TotalSeconds:0} s and was stopped.");
        }
        await readOut.ConfigureAwait(false);
        var stderr = await readErr.ConfigureAwait(false);
        return new GitOutput(process.ExitCode, stdout.ToArray(), stderr);
    }
}

/// <summary>What a git command printed and how it exited.</summary>
internal sealed record GitOutput(int ExitCode, byte[] StandardOutput, string StandardError)
{
    public string Text => Encoding.UTF8.GetString(StandardOutput);
}
