using Lucene.Net.Index;
using Lucene.Net.Store;
using PmoPlaybook.Search.Analysis;
using PmoPlaybook.Search.Indexing;

namespace PmoPlaybook.Search.Querying;

/// <summary>
/// The index a running app searches: one reader kept open and shared by every request, reopened only
/// when a build has swapped in a new index (checked at most once a second). A reader being replaced
/// stays open until the searches using it have finished.
/// </summary>
/// <param name="cacheEntries">Answers kept per index generation (0 turns the cache off, as the benchmarks do to measure misses).</param>
/// <param name="clock">When to look for a new build again (the system clock unless a test moves time itself).</param>
public sealed class SearchIndex(string directory, int cacheEntries = ResponseCache.DefaultCapacity, TimeProvider? clock = null) : IDisposable
{
    /// <summary>How long an answer may come from the index a build has since replaced.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);

    private readonly System.Threading.Lock _gate = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly LanguageAnalyzers _analyzers = new();
    private Generation? _current;
    private DateTime _stamp;
    private DateTimeOffset _checkedAt;

    public string Directory { get; } = Path.GetFullPath(directory);

    public bool IsAvailable
    {
        get
        {
            var lease = Acquire();
            lease?.Release();
            return lease is not null;
        }
    }

    /// <summary>Runs a search on the current index; null when no index has been built.</summary>
    public SearchResponse? Search(SearchRequest request)
    {
        var lease = Acquire();
        if (lease is null)
        {
            return null;
        }
        try
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            if (lease.Cache.TryGet(request, out var cached))
            {
                return cached with { TookMs = Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds, 2) };
            }
            var response = lease.Searcher.Search(request);
            lease.Cache.Add(request, response);
            return response;
        }
        finally
        {
            lease.Release();
        }
    }

    /// <summary>The site's languages and page types as the last build wrote them; null without an index.</summary>
    public SearchMetadata? Metadata
    {
        get
        {
            var lease = Acquire();
            lease?.Release();
            return lease?.Metadata;
        }
    }

    private Generation? Acquire()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_current is null || now - _checkedAt > CheckEvery)
            {
                _checkedAt = now;
                Refresh();
            }
            if (_current is null)
            {
                return null;
            }
            _current.Reader.IncRef();
            return _current;
        }
    }

    private void Refresh()
    {
        var marker = Path.Combine(Directory, "segments.gen");
        if (!File.Exists(marker))
        {
            return;
        }
        var stamp = File.GetLastWriteTimeUtc(marker);
        if (_current is not null && stamp == _stamp)
        {
            return;
        }
        try
        {
            // NIOFSDirectory, not FSDirectory.Open's MMapDirectory: in Lucene.Net 4.8 beta17 memory-mapped reads
            // measured about 1.5× slower per search here (docs/benchmarks-search.md).
            var reader = DirectoryReader.Open(new NIOFSDirectory(Directory));
            var previous = _current;
            _current = new Generation(reader, new PlaybookSearcher(reader, _analyzers), SearchMetadata.Read(Directory), new ResponseCache(cacheEntries));
            _stamp = stamp;
            previous?.Reader.DecRef();
        }
        catch (IOException)
        {
            // Caught mid-swap: keep serving the index we have and look again on the next check.
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Reader.DecRef();
            _current = null;
        }
        _analyzers.Dispose();
    }

    private sealed record Generation(IndexReader Reader, PlaybookSearcher Searcher, SearchMetadata? Metadata, ResponseCache Cache)
    {
        public void Release() => Reader.DecRef();
    }
}
