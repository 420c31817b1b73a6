using Lucene.Net.Index;
using Lucene.Net.Search;
using PmoPlaybook.Search.Analysis;

namespace PmoPlaybook.Search.Querying;

/// <summary>
/// Turns a <see cref="UserQuery"/> into a Lucene query for one language. Words are optional (more matching
/// words rank higher, so a question finds its page); phrases are required; excluded words are forbidden.
/// </summary>
public sealed class QueryBuilder(LanguageAnalyzers analyzers)
{
    // Question words carry no meaning for ranking; the stemmers' stop lists do not drop them.
    private static readonly Dictionary<string, HashSet<string>> QuestionWords = new()
    {
        ["en"] = ["how", "what", "why", "when", "who", "which", "do", "does", "we", "i", "you", "our", "can", "should", "my"],
        ["sv"] = ["hur", "vad", "varför", "när", "vem", "vilken", "vilka", "gör", "vi", "jag", "du", "vår", "kan", "ska", "bör", "min"],
    };

    public Query? Build(UserQuery query, string language)
    {
        var root = new BooleanQuery();
        var skip = QuestionWords.GetValueOrDefault(language) ?? [];
        foreach (var word in query.Words.Where(w => !skip.Contains(w.ToLowerInvariant())))
        {
            AddIfAny(root, Word(word, language), Occur.SHOULD);
        }
        if (query.Prefix is { } prefix)
        {
            AddIfAny(root, Prefix(prefix, language), Occur.SHOULD);
        }
        foreach (var phrase in query.Phrases)
        {
            AddIfAny(root, Phrase(phrase), Occur.MUST);
        }
        if (root.Clauses.Count == 0)
        {
            return null;
        }
        foreach (var excluded in query.Excluded)
        {
            AddIfAny(root, excluded.Contains(' ') ? Phrase(excluded) : Word(excluded, language), Occur.MUST_NOT);
        }
        return root;
    }

    /// <summary>The typo-tolerant version: each word may be one or two edits away from a word in the index.</summary>
    public Query? BuildFuzzy(UserQuery query)
    {
        var root = new BooleanQuery();
        foreach (var word in FuzzyCandidates(query))
        {
            root.Add(Fuzzy(word), Occur.SHOULD);
        }
        return root.Clauses.Count == 0 ? null : root;
    }

    public static IEnumerable<string> FuzzyCandidates(UserQuery query) =>
        query.Words.Append(query.Prefix).OfType<string>().Select(w => w.ToLowerInvariant()).Where(w => w.Length >= 3);

    public static FuzzyQuery Fuzzy(string word) =>
        new(new Term(SearchFields.Exact, word), word.Length >= 6 ? 2 : 1, prefixLength: 1);

    /// <summary>The analyzed (stemmed) terms of the query's positive words, for marking snippets.</summary>
    public HashSet<string> StemmedTerms(UserQuery query, string language)
    {
        var skip = QuestionWords.GetValueOrDefault(language) ?? [];
        return query.Words.Concat(query.Phrases).Append(query.Prefix).OfType<string>()
            .Where(w => !skip.Contains(w.ToLowerInvariant()))
            .SelectMany(w => LanguageAnalyzers.Tokens(analyzers.Stemmed(language), SearchFields.Body, w))
            .ToHashSet(StringComparer.Ordinal);
    }

    private Query? Word(string word, string language)
    {
        var clause = new BooleanQuery();
        foreach (var token in LanguageAnalyzers.Tokens(analyzers.Stemmed(language), SearchFields.Text, word))
        {
            clause.Add(new TermQuery(new Term(SearchFields.Text, token)), Occur.SHOULD);
        }
        return clause.Clauses.Count == 0 ? null : clause;
    }

    private Query? Prefix(string prefix, string language)
    {
        var clause = new BooleanQuery();
        AddIfAny(clause, Word(prefix, language), Occur.SHOULD);
        var tokens = LanguageAnalyzers.Tokens(analyzers.Plain, SearchFields.Exact, prefix);
        if (tokens.Count > 0 && tokens[^1].Length >= 2)
        {
            clause.Add(new PrefixQuery(new Term(SearchFields.Exact, tokens[^1])) { Boost = 0.8f }, Occur.SHOULD);
            clause.Add(new PrefixQuery(new Term(SearchFields.TitleExact, tokens[^1])) { Boost = 4f }, Occur.SHOULD);
        }
        return clause.Clauses.Count == 0 ? null : clause;
    }

    /// <summary>The words in this order anywhere; ranked up where they are the title or heading itself.</summary>
    private Query? Phrase(string phrase)
    {
        var tokens = LanguageAnalyzers.Tokens(analyzers.Plain, SearchFields.Exact, phrase);
        if (tokens.Count == 0)
        {
            return null;
        }
        PhraseQuery In(string field, float boost)
        {
            var query = new PhraseQuery { Boost = boost };
            foreach (var token in tokens)
            {
                query.Add(new Term(field, token));
            }
            return query;
        }
        return new BooleanQuery
        {
            { In(SearchFields.Exact, 1f), Occur.MUST },
            { In(SearchFields.TitleExact, 4f), Occur.SHOULD },
        };
    }

    private static void AddIfAny(BooleanQuery query, Query? clause, Occur occur)
    {
        if (clause is not null)
        {
            query.Add(clause, occur);
        }
    }
}
