namespace PmoPlaybook.ResultStore.Git;

/// <summary>
/// Runs one git command in the results repository. <see cref="GitCli"/> is the real one; the store's crash
/// tests put a runner in front of it that stops at a chosen command, leaving what a killed process leaves.
/// </summary>
internal interface IGitRunner
{
    /// <summary>Runs git and returns whatever it exited with.</summary>
    /// <param name="environment">Variables for this command only (e.g. GIT_INDEX_FILE).</param>
    Task<GitOutput> RunAsync(IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken, params string[] arguments);
}
