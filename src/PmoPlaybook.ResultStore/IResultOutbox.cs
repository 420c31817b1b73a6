namespace PmoPlaybook.ResultStore;

/// <summary>Where the app hands over a result: durable on disk when the call returns, committed later by one writer.</summary>
public interface IResultOutbox
{
    Task EnqueueAsync(ResultRecord record, CancellationToken cancellationToken);
}

/// <summary>Reads results back, whether still waiting in the outbox or already committed.</summary>
public interface IResultArchive
{
    Task<string?> ReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>
    /// The result under a folder whose file name ends with "-{key}.json" (see <see cref="ResultPath.KeyOf"/>),
    /// found without listing the folder: what a lookup by response id costs does not grow with the archive.
    /// </summary>
    Task<StoredResult?> FindAsync(string folder, string key, CancellationToken cancellationToken);

    /// <summary>Every result under a folder such as "results/pmo-maturity/" or "feedback/".</summary>
    Task<IReadOnlyList<StoredResult>> ListAsync(string folder, CancellationToken cancellationToken);
}
