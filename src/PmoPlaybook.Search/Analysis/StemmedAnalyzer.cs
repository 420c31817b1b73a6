using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PmoPlaybook.Search.Analysis;

/// <summary>
/// The stemmed analysis of one language: <see cref="PlainAnalyzer"/>'s tokens through <see cref="StemmingChain"/>.
/// Gives the same terms as Lucene's EnglishAnalyzer and SwedishAnalyzer (tested), from parts the indexer shares.
/// </summary>
public sealed class StemmedAnalyzer(string language) : Analyzer
{
    public string Language { get; } = language;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(tokenizer, StemmingChain.Apply(Language, PlainAnalyzer.Lowercase(tokenizer)));
    }
}
