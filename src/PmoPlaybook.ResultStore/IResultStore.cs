namespace PmoPlaybook.ResultStore;

/// <summary>
/// Where records end up: one commit per record. Implementations must be idempotent (a record already
/// committed with the same content succeeds without a new commit), because the writer may commit a record
/// again after a crash between the commit and the removal of its outbox file.
/// </summary>
public interface IResultStore
{
    /// <summary>"git" or "github": the value of Results:Store that selects it.</summary>
    string Name { get; }

    /// <summary>Commits one record; throws when it could not (the writer retries).</summary>
    Task CommitAsync(ResultRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the store can be used at all (a writable folder, the git CLI, valid settings). Cheap enough for
    /// every health probe: it does not call remote services, whose failures show up as failed commits instead.
    /// </summary>
    Task<StoreCheck> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>The answer of <see cref="IResultStore.CheckAsync"/>: usable or not, and why.</summary>
public sealed record StoreCheck(bool Usable, string Reason)
{
    public static StoreCheck Ok(string reason) => new(true, reason);

    public static StoreCheck Unusable(string reason) => new(false, reason);
}
