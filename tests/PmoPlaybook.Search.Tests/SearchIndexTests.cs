using Microsoft.Extensions.Time.Testing;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Search.Indexing;
using PmoPlaybook.Search.Querying;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Search.Tests;

/// <summary>The app's index holder: answers repeated queries from its cache, and a rebuild is seen, not the cached answer.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Build(string body)
    {
        var content = ContentFixture.Write(_temp.Combine("content"),
            ("en/index.md", ContentFixture.Page("Home", "Welcome.")),
            ("en/playbooks/risk.md", ContentFixture.Page("Risk management", body, type: "playbook")));
        var index = _temp.Combine("index");
        SearchIndexBuilder.Build(ContentLoader.Load(content).Site, index);
        return index;
    }

    [Fact]
    public void A_repeated_query_gets_the_same_answer()
    {
        using var index = new SearchIndex(Build("Score each risk by likelihood and impact."));
        var request = new SearchRequest("likelihood", "en");

        var first = index.Search(request)!;
        var second = index.Search(request)!;

        Assert.Equal(1, first.Total);
        Assert.Equal(first.Hits, second.Hits);
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public void A_rebuilt_index_is_searched_instead_of_answers_cached_from_the_old_one()
    {
        var directory = Build("Score each risk by likelihood and impact.");
        var clock = new FakeTimeProvider();
        using var index = new SearchIndex(directory, clock: clock);
        Assert.Equal(1, index.Search(new SearchRequest("likelihood"))!.Total);
        var marker = Path.Combine(directory, "segments.gen");
        var builtAt = File.GetLastWriteTimeUtc(marker);

        Build("Score each risk by probability and consequence.");
        // segments.gen's time stamp marks a new build: make it differ even where the file system's clock is coarse.
        File.SetLastWriteTimeUtc(marker, builtAt.AddMinutes(1));
        Assert.Equal(1, index.Search(new SearchRequest("likelihood"))!.Total);
        clock.Advance(SearchIndex.CheckEvery + TimeSpan.FromMilliseconds(1));

        Assert.Equal(0, index.Search(new SearchRequest("likelihood"))!.Total);
        Assert.Equal(1, index.Search(new SearchRequest("probability"))!.Total);
    }

    [Fact]
    public void The_cache_starts_over_when_full()
    {
        var cache = new ResponseCache(capacity: 2);
        cache.Add(new SearchRequest("a"), SearchResponse.Empty("a"));
        cache.Add(new SearchRequest("b"), SearchResponse.Empty("b"));

        cache.Add(new SearchRequest("c"), SearchResponse.Empty("c"));

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(new SearchRequest("c"), out _));
        Assert.False(cache.TryGet(new SearchRequest("a"), out _));
    }
}
