using PmoPlaybook.Content.Model;
using PmoPlaybook.Generator.Search;

namespace PmoPlaybook.Cli.Serve;

/// <summary>
/// Rebuilds the search index after the pages are live, off the reload path (indexing a large site takes
/// longer than re-rendering a page), once edits have paused. One build at a time; only the newest site waits.
/// </summary>
public sealed class SearchIndexRefresher(string indexDirectory)
{
    private readonly Lock _gate = new();
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

    /// <summary>Edits come in bursts; indexing once after the burst saves the cores for the page rebuilds.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

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
                SearchIndexStep.BuildAndSwap(site, indexDirectory);
            }
            catch (IOException e)
            {
                Console.WriteLine($"Search index not updated: {e.Message}");
            }
        }
    }
}
