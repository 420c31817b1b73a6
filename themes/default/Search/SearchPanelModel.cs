namespace PmoPlaybook.Theme.Search;

/// <summary>
/// What the search page shows: the form's values and, when the app answered, the results. The static
/// build renders it without results (the browser fills them in); the app renders it with them.
/// </summary>
public sealed record SearchPanelModel(
    string Language,
    string ActionHref,
    string Query,
    string? Type,
    string? FilterLanguage,
    IReadOnlyList<string> Types,
    IReadOnlyList<(string Code, string Name)> Languages,
    SearchResultsModel? Results);

public sealed record SearchResultsModel(int Total, double TookMs, IReadOnlyList<SearchResultItem> Hits, string? DidYouMean);

/// <param name="SnippetHtml">Already HTML-escaped by the search engine, with &lt;mark&gt; around matches.</param>
public sealed record SearchResultItem(string Title, string? Section, string Url, string Type, string Language, string SnippetHtml);
