using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using PmoPlaybook.Search.Analysis;
using PmoPlaybook.Search.Indexing;

namespace PmoPlaybook.Search.Tests;

/// <summary>
/// The indexer tokenises a document once and replays the tokens into three fields. These tests hold it to what
/// analysing each field's whole text would give, with Lucene's own English and Swedish analyzers as the judge.
/// </summary>
public class DocumentAnalysisTests
{
    private const string EnglishBody =
        "The sponsor's risks aren't the team's: score each RISK by likelihood and impact (1–5), then prioritise. " +
        "Facilitators keep the cadence; e-mail q3-reports@example.org by 2026-12-01, version 2.0.1, cost 1,200.50 kr.";

    private const string SwedishBody =
        "Takthållaren håller rytmen i portföljen. Prioriteringar görs varje kvartal; riskerna och resurserna " +
        "följs upp i styrgruppen. Åtgärder för år 2027 ägs av PMO:n.";

    private static readonly PlainAnalyzer Plain = new();

    public static TheoryData<string, string, Analyzer> Languages => new()
    {
        { "en", EnglishBody, new EnglishAnalyzer(LuceneVersion.LUCENE_48) },
        { "sv", SwedishBody, new SwedishAnalyzer(LuceneVersion.LUCENE_48) },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_pages_stemmed_field_has_the_terms_of_the_weighted_text_analysed_whole(string language, string body, Analyzer judge)
    {
        var text = new DocumentText(language, "Risk & Change — Playbook", null, "Score risks\nEscalate", "risk raid", "How risks are scored.", body);

        var fields = new DocumentAnalysis(Plain).Analyse(text, titleCounts: true);

        var weighted = string.Join('\n',
            Repeat(text.Title, DocumentAnalysis.TitleWeight), Repeat(text.Headings, DocumentAnalysis.HeadingsWeight),
            Repeat(text.Tags, DocumentAnalysis.TagsWeight), Repeat(text.Summary, DocumentAnalysis.SummaryWeight), text.Body);
        Assert.Equal(LanguageAnalyzers.Tokens(judge, "any", weighted), Terms(fields.Text));
        Assert.Equal(Tokens(Plain, string.Join('\n', text.Title, text.Headings, text.Tags, text.Summary, text.Body)), Terms(fields.Exact));
        Assert.Equal(Tokens(Plain, text.Title), Terms(fields.TitleExact));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_sections_title_is_not_weighted_and_its_heading_is_its_title(string language, string body, Analyzer judge)
    {
        var heading = "Scoring risks";
        var text = new DocumentText(language, "Risk", heading, heading, "", null, body);

        var fields = new DocumentAnalysis(Plain).Analyse(text, titleCounts: false);

        var weighted = string.Join('\n', Repeat(heading, DocumentAnalysis.HeadingWeight), Repeat(heading, DocumentAnalysis.HeadingsWeight), body);
        Assert.Equal(LanguageAnalyzers.Tokens(judge, "any", weighted), Terms(fields.Text));
        Assert.Equal(Tokens(Plain, heading), Terms(fields.TitleExact));
        Assert.Equal(Tokens(Plain, string.Join('\n', text.Title, heading, body)), Terms(fields.Exact));
    }

    [Fact]
    public void The_streams_are_reused_for_the_next_document_without_leftovers()
    {
        var analysis = new DocumentAnalysis(Plain);
        _ = Terms(analysis.Analyse(new DocumentText("en", "First", null, "", "", null, "alpha beta gamma"), titleCounts: true).Text);

        var second = analysis.Analyse(new DocumentText("sv", "Andra", null, "", "", null, "delta"), titleCounts: true);

        Assert.Equal(Enumerable.Repeat("andr", DocumentAnalysis.TitleWeight).Append("delt"), Terms(second.Text));
        Assert.Equal(["andra", "delta"], Terms(second.Exact));
    }

    [Fact]
    public void The_stemmed_analyzer_matches_lucenes_own_for_each_language()
    {
        Assert.Equal(LanguageAnalyzers.Tokens(new EnglishAnalyzer(LuceneVersion.LUCENE_48), "f", EnglishBody), Tokens(new StemmedAnalyzer("en"), EnglishBody));
        Assert.Equal(LanguageAnalyzers.Tokens(new SwedishAnalyzer(LuceneVersion.LUCENE_48), "f", SwedishBody), Tokens(new StemmedAnalyzer("sv"), SwedishBody));
    }

    private static string Repeat(string? text, int times) => string.Join('\n', Enumerable.Repeat(text, times));

    private static List<string> Tokens(Analyzer analyzer, string text) => LanguageAnalyzers.Tokens(analyzer, "any", text);

    /// <summary>Consumes a field's stream the way IndexWriter does: reset, tokens, end, dispose.</summary>
    private static List<string> Terms(Field field)
    {
        var terms = new List<string>();
        using var stream = field.GetTokenStream(Plain);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
