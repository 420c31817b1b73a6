namespace PmoPlaybook.Search.Querying;

/// <param name="Query">What the reader typed.</param>
/// <param name="Language">Only pages in this language.</param>
/// <param name="Type">Only pages of this type (playbook, role, template, …).</param>
/// <param name="Limit">At most this many hits (one per page).</param>
/// <param name="PreferredLanguage">Without a language filter, rank this language first (the reader's).</param>
public sealed record SearchRequest(string? Query, string? Language = null, string? Type = null, int Limit = 10, string? PreferredLanguage = null);

/// <summary>One page in the results; <see cref="Url"/> has the section's anchor when a section matched best.</summary>
public sealed record SearchHit(string Title, string Url, string Type, string Lang, string Snippet, float Score, string? Section);

/// <summary>The answer to a search; <see cref="DidYouMean"/> is set when typos were corrected.</summary>
public sealed record SearchResponse(string Query, int Total, double TookMs, IReadOnlyList<SearchHit> Hits, string? DidYouMean)
{
    public static SearchResponse Empty(string query) => new(query, 0, 0, [], null);
}
