namespace PmoPlaybook.Search.Analysis;

/// <summary>The fields of a search document. Stemmed fields use the page language's analyzer; <see cref="Exact"/> does not.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Url = "url";
    public const string Page = "page";
    public const string Title = "title";
    public const string Heading = "heading";
    public const string Headings = "headings";
    public const string Summary = "summary";
    public const string Tags = "tags";
    public const string Body = "body";
    public const string Type = "type";
    public const string Language = "lang";
    public const string Kind = "kind";

    /// <summary>Title, headings, tags and body lowercased but not stemmed: for prefix (as-you-type) and fuzzy (typo) matching.</summary>
    public const string Exact = "exact";

    /// <summary>The page title (page documents) or section heading (section documents), unstemmed, so a word being typed ranks titles first.</summary>
    public const string TitleExact = "title_exact";

    /// <summary>
    /// All of a document's words, stemmed, in one field: one term lookup per query word instead of one per
    /// field. Where a word stands counts by repetition (Indexing.DocumentAnalysis): the title five times, a
    /// heading three, tags and summary twice, the body once. Indexed without positions: only single terms are
    /// looked up here.
    /// </summary>
    public const string Text = "text";
}
