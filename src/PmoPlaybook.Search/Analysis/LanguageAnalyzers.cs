using Lucene.Net.Analysis;

namespace PmoPlaybook.Search.Analysis;

/// <summary>
/// The analyzers of the content languages: one stemmed analyzer per language (English and Swedish stemming,
/// see <see cref="StemmingChain"/>) and the plain one for <see cref="SearchFields.Exact"/>. Snippets and queries
/// use these; the indexer feeds the same filters with tokens it made once. Thread-safe (Lucene analyzers reuse
/// per-thread components).
/// </summary>
public sealed class LanguageAnalyzers : IDisposable
{
    private readonly Dictionary<string, StemmedAnalyzer> _stemmed = new(StringComparer.Ordinal);

    public PlainAnalyzer Plain { get; } = new();

    public Analyzer Stemmed(string language)
    {
        lock (_stemmed)
        {
            if (!_stemmed.TryGetValue(language, out var analyzer))
            {
                analyzer = new StemmedAnalyzer(language);
                _stemmed[language] = analyzer;
            }
            return analyzer;
        }
    }

    /// <summary>The tokens an analyzer makes of a piece of text.</summary>
    public static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        foreach (var analyzer in _stemmed.Values)
        {
            analyzer.Dispose();
        }
        Plain.Dispose();
    }
}
