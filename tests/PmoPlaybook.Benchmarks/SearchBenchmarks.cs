using BenchmarkDotNet.Attributes;
using PmoPlaybook.Search.Querying;

namespace PmoPlaybook.Benchmarks;

/// <summary>One whole search as /api/search runs it (parse, query, fuzzy fallback, best hit per page, snippets), top 10.</summary>
[Config(typeof(SearchBenchmarkConfig))]
public class SearchBenchmarks
{
    private SearchIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The cache off: a benchmark of the search itself, not of a dictionary lookup.
        _index = new SearchIndex(BenchmarkQueries.IndexDirectory, cacheEntries: 0);
        if (!_index.IsAvailable)
        {
            throw new InvalidOperationException($"no search index at {_index.Directory}: build the corpus first (tests/bench/search-bench.sh)");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    public static IEnumerable<string> Queries => BenchmarkQueries.Texts;

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public SearchResponse? Search(string q) => _index.Search(new SearchRequest(q, Limit: 10));
}
