using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PmoPlaybook.Search.Analysis;

/// <summary>Words as written, lowercased: no stemming, no stop words (typos and prefixes are matched against these).</summary>
public sealed class PlainAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(tokenizer, Lowercase(tokenizer));
    }

    public static TokenStream Lowercase(TokenStream tokens) => new LowerCaseFilter(LuceneVersion.LUCENE_48, tokens);
}
