using System.Collections.Concurrent;

namespace PmoPlaybook.Search.Querying;

/// <summary>
/// Answers already computed for one index generation. Readers repeat the same queries (as-you-type
/// prefixes, the popular questions), and an index never changes under a generation, so an answer stays
/// right until a rebuild swaps in a new generation with an empty cache. Bounded: when full it starts over,
/// which is cheaper than tracking recency and good enough for a working set far below the bound.
/// </summary>
public sealed class ResponseCache(int capacity = ResponseCache.DefaultCapacity)
{
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<SearchRequest, SearchResponse> _responses = new();

    public int Count => _responses.Count;

    public bool TryGet(SearchRequest request, out SearchResponse response) => _responses.TryGetValue(request, out response!);

    public void Add(SearchRequest request, SearchResponse response)
    {
        if (capacity <= 0)
        {
            return;
        }
        if (_responses.Count >= capacity)
        {
            _responses.Clear();
        }
        _responses[request] = response;
    }
}
