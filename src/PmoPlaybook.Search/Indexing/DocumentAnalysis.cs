using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using PmoPlaybook.Search.Analysis;

namespace PmoPlaybook.Search.Indexing;

/// <summary>The words of one search document, piece by piece. <see cref="Title"/> is the page's title, also on its sections.</summary>
internal sealed record DocumentText(string Language, string Title, string? Heading, string? Headings, string Tags, string? Summary, string Body);

/// <summary>The analysed fields of one document, ready to add.</summary>
internal sealed record AnalysedFields(Field Text, Field Exact, Field TitleExact);

/// <summary>
/// Analyses a document's text for the three searchable fields while tokenising it once: the plain tokens go
/// to <see cref="SearchFields.Exact"/> and <see cref="SearchFields.TitleExact"/> as they are, and through the
/// language's <see cref="StemmingChain"/> to <see cref="SearchFields.Text"/> (<see cref="CachedStemming"/>), weighted by repetition (see
/// <see cref="SearchFields.Text"/>). Gives the same terms as analysing each field's text with
/// <see cref="PlainAnalyzer"/> and <see cref="StemmedAnalyzer"/> (tested), at about half the tokenising.
/// One per indexing thread: the streams are reused for every document.
/// </summary>
internal sealed class DocumentAnalysis
{
    // Only term queries run on the stemmed field (phrases and prefixes use the plain ones), so it needs no positions.
    private static readonly FieldType StemmedType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    // How often each piece is repeated in the stemmed field; the title only counts on the page's own document.
    public const int TitleWeight = 5, HeadingWeight = 3, HeadingsWeight = 2, TagsWeight = 2, SummaryWeight = 2, BodyWeight = 1;

    private readonly DocumentTokens _tokens;
    private readonly TokenReplay _exact;
    private readonly TokenReplay _titleExact;
    private readonly Dictionary<string, (TokenReplay Replay, TokenStream Stemmed)> _stemmed = new(StringComparer.Ordinal);

    static DocumentAnalysis() => StemmedType.Freeze();

    public DocumentAnalysis(PlainAnalyzer plain)
    {
        _tokens = new DocumentTokens(plain);
        _exact = new TokenReplay(_tokens);
        _titleExact = new TokenReplay(_tokens);
    }

    /// <param name="titleCounts">Whether the title is this document's own (a page) rather than its page's (a section).</param>
    public AnalysedFields Analyse(DocumentText text, bool titleCounts)
    {
        _tokens.Clear();
        var title = _tokens.Add(text.Title);
        var heading = _tokens.Add(text.Heading);
        // A section's headings are its heading: tokenise it once.
        var headings = ReferenceEquals(text.Headings, text.Heading) ? heading : _tokens.Add(text.Headings);
        var tags = _tokens.Add(text.Tags);
        var summary = _tokens.Add(text.Summary);
        var body = _tokens.Add(text.Body);

        var (replay, stemmed) = Stemmed(text.Language);
        replay.Start(
            new(title, titleCounts ? TitleWeight : 0), new(heading, HeadingWeight), new(headings, HeadingsWeight),
            new(tags, TagsWeight), new(summary, SummaryWeight), new(body, BodyWeight));
        _exact.Start(new(title, 1), new(heading, 1), new(headings, headings == heading ? 0 : 1), new(tags, 1), new(summary, 1), new(body, 1));
        _titleExact.Start(new WeightedRange(titleCounts ? title : heading, 1));
        return new AnalysedFields(
            new Field(SearchFields.Text, stemmed, StemmedType),
            new TextField(SearchFields.Exact, _exact),
            new TextField(SearchFields.TitleExact, _titleExact));
    }

    private (TokenReplay Replay, TokenStream Stemmed) Stemmed(string language)
    {
        if (!_stemmed.TryGetValue(language, out var pair))
        {
            var replay = new TokenReplay(_tokens);
            pair = (replay, new CachedStemming(replay, language));
            _stemmed[language] = pair;
        }
        return pair;
    }
}
