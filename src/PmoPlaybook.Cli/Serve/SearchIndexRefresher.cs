using PmoPlaybook.Content.Model;
using PmoPlaybook.Generator.Search;
using PmoPlaybook.Search.Indexing;

namespace PmoPlaybook.Cli.Serve;

/// <summary>
/// Keeps the search index in step with the site after the pages are live, off the reload path, once edits
/// have paused. An edit updates the index in place (the changed pages' documents are replaced, in one
/// commit): milliseconds, where indexing every page again takes seconds on a large site. A change to the
/// site settings, or to a large share of the pages, gets a whole new index, swapped in. One job at a time;
/// only the newest site waits.
/// </summary>
/// <param name="indexed">The site the index in <paramref name="indexDirectory"/> was built from.</param>
public sealed class SearchIndexRefresher(string indexDirectory, Site indexed)
{
    /// <summary>Edits come in bursts; indexing once after the burst saves the cores for the page rebuilds.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private Site? _indexed = indexed;
    private Site? _pending;
    private Task _worker = Task.CompletedTask;

    public void Request(Site site)
    {
        lock (_gate)
        {
            _pending = site;
            if (_worker.IsCompleted)
            {
                _worker = Task.Run(Drain);
            }
        }
    }

    public Task IdleAsync()
    {
        lock (_gate)
        {
            return _worker;
        }
    }

    private void Drain()
    {
        while (true)
        {
            Thread.Sleep(Quiet);
            Site site;
            lock (_gate)
            {
                if (_pending is null)
                {
                    return;
                }
                (site, _pending) = (_pending, null);
            }
            try
            {
                Apply(site);
                _indexed = site;
            }
            catch (IOException e)
            {
                // Lucene's own failures (a held write lock, a full disk) are IOExceptions too. What is on disk
                // is no longer known for certain: the next change indexes everything.
                _indexed = null;
                Console.WriteLine($"Search index not updated: {e.Message}");
            }
        }
    }

    private void Apply(Site site)
    {
        var changes = _indexed is null || !SearchIndexBuilder.Exists(indexDirectory) ? null : IndexChanges.Between(_indexed, site);
        if (changes is { IsEmpty: true })
        {
            return;
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Replacing many pages' documents one by one costs more than a fresh index (and leaves deletions behind).
        if (changes is not null && changes.PageUrls.Count <= Math.Max(50, site.Pages.Count / 10))
        {
            SearchIndexBuilder.Update(site, changes, indexDirectory);
            Console.WriteLine($"Search index updated: {changes.PageUrls.Count} page(s) in {clock.ElapsedMilliseconds} ms");
            return;
        }
        SearchIndexStep.BuildAndSwap(site, indexDirectory);
        Console.WriteLine($"Search index rebuilt in {clock.ElapsedMilliseconds} ms");
    }
}
