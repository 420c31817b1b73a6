using PmoPlaybook.ResultStore.Files;
using PmoPlaybook.ResultStore.Outbox;

namespace PmoPlaybook.ResultStore.Archive;

/// <summary>
/// Reads results back for the app: a record is visible as soon as it is enqueued (from the outbox, not yet
/// committed) and stays visible after its commit (from the files under Results:RepositoryPath). The outbox is
/// asked first: the writer commits before it removes an entry, so a record moving from one side to the other
/// is always found on at least one of them.
/// </summary>
public sealed class ResultArchive(FileOutbox outbox, CommittedFiles committed) : IResultArchive
{
    public Task<string?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ResultPath.Validate(path);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(outbox.ReadPending(path) ?? committed.Read(path));
    }

    public Task<StoredResult?> FindAsync(string folder, string key, CancellationToken cancellationToken)
    {
        var prefix = ResultPath.ValidateFolder(folder);
        cancellationToken.ThrowIfCancellationRequested();
        if (key.Length == 0 || key.Any(c => !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)))
        {
            return Task.FromResult<StoredResult?>(null);
        }
        var found = outbox.FindPending(prefix, key);
        if (found is null)
        {
            foreach (var path in committed.Find(prefix, key))
            {
                if (committed.Read(path) is { } content)
                {
                    found = new StoredResult(path, content, Committed: true);
                    break;
                }
            }
        }
        return Task.FromResult(found);
    }

    public Task<IReadOnlyList<StoredResult>> ListAsync(string folder, CancellationToken cancellationToken)
    {
        var prefix = ResultPath.ValidateFolder(folder);
        cancellationToken.ThrowIfCancellationRequested();
        var results = outbox.ListPending(prefix).ToDictionary(r => r.Path, StringComparer.Ordinal);
        foreach (var path in committed.List(prefix))
        {
            if (!results.ContainsKey(path) && committed.Read(path) is { } content)
            {
                results[path] = new StoredResult(path, content, Committed: true);
            }
        }
        IReadOnlyList<StoredResult> list = [.. results.Values.OrderBy(r => r.Path, StringComparer.Ordinal)];
        return Task.FromResult(list);
    }
}
