using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Util;

namespace PmoPlaybook.Search.Analysis;

/// <summary>
/// One analyzer per content language: English and Swedish stemming for the stemmed fields, plain words for
/// <see cref="SearchFields.Exact"/>. Indexing and querying use the same instances, so a query word is
/// reduced exactly as the page's words were. Thread-safe (Lucene analyzers reuse per-thread components).
/// </summary>
public sealed class LanguageAnalyzers : IDisposable
{
    private readonly Dictionary<string, Analyzer> _stemmed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Analyzer> _perField = new(StringComparer.Ordinal);
    private readonly Analyzer _fallback = new StandardAnalyzer(LuceneVersion.LUCENE_48);

    public PlainAnalyzer Plain { get; } = new();

    public Analyzer Stemmed(string language)
    {
        lock (_stemmed)
        {
            if (!_stemmed.TryGetValue(language, out var analyzer))
            {
                analyzer = language switch
                {
                    "en" => new EnglishAnalyzer(LuceneVersion.LUCENE_48),
                    "sv" => new SwedishAnalyzer(LuceneVersion.LUCENE_48),
                    _ => _fallback,
                };
                _stemmed[language] = analyzer;
            }
            return analyzer;
        }
    }

    /// <summary>What a document in this language is indexed with: stemmed fields, plus the plain exact field.</summary>
    public Analyzer ForDocument(string language)
    {
        lock (_perField)
        {
            if (!_perField.TryGetValue(language, out var analyzer))
            {
                analyzer = new PerFieldAnalyzerWrapper(Stemmed(language), new Dictionary<string, Analyzer> { [SearchFields.Exact] = Plain, [SearchFields.TitleExact] = Plain });
                _perField[language] = analyzer;
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
        foreach (var analyzer in _perField.Values.Concat(_stemmed.Values).Append(_fallback).Append(Plain).Distinct())
        {
            analyzer.Dispose();
        }
    }
}
