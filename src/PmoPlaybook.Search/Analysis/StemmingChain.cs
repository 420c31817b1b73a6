using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace PmoPlaybook.Search.Analysis;

/// <summary>
/// What EnglishAnalyzer and SwedishAnalyzer do after tokenising and lowercasing, as filters over plain tokens.
/// Split out so the indexer can tokenise a page once and feed the same tokens to the plain field and, through
/// this chain, to the stemmed field; queries go through the same chain (<see cref="StemmedAnalyzer"/>), so a
/// query word is always reduced exactly as the page's words were.
/// </summary>
public static class StemmingChain
{
    /// <param name="plain">Lowercased tokens, as <see cref="PlainAnalyzer"/> makes them.</param>
    public static TokenStream Apply(string language, TokenStream plain) => language switch
    {
        // EnglishAnalyzer removes possessives before lowercasing; the filter accepts 's and 'S alike, so after is the same.
        "en" => new PorterStemFilter(new StopFilter(LuceneVersion.LUCENE_48, new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, plain), EnglishAnalyzer.DefaultStopSet)),
        "sv" => new SnowballFilter(new StopFilter(LuceneVersion.LUCENE_48, plain, SwedishAnalyzer.DefaultStopSet), new SwedishStemmer()),
        // Languages without a stemmer get what StandardAnalyzer does: English stop words, no stemming.
        _ => new StopFilter(LuceneVersion.LUCENE_48, plain, StandardAnalyzer.STOP_WORDS_SET),
    };
}
