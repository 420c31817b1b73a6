using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PmoPlaybook.Search.Analysis;
using PmoPlaybook.Search.Snippets;

namespace PmoPlaybook.Search.Querying;

/// <summary>
/// Answers searches from one open index: parse, build per language, search, fall back to fuzzy when nothing
/// matched, keep the best document per page, and cut a snippet. Thread-safe; one instance serves all requests.
/// </summary>
public sealed class PlaybookSearcher
{
    private const int Candidates = 400;
    private readonly IndexSearcher _searcher;
    private readonly LanguageAnalyzers _analyzers;
    private readonly QueryBuilder _builder;
    // For every document: a number for its page and for its language, read once from doc values when the
    // index opens. Plain arrays, so every request thread can read them.
    private readonly int[] _pageOf;
    private readonly int[] _languageOf;
    private readonly Dictionary<string, int> _languageIds;

    public PlaybookSearcher(IndexReader reader, LanguageAnalyzers analyzers)
    {
        _searcher = new IndexSearcher(reader);
        _analyzers = analyzers;
        (_pageOf, _) = DocumentIds(reader, SearchFields.Page);
        (_languageOf, _languageIds) = DocumentIds(reader, SearchFields.Language);
        _builder = new QueryBuilder(analyzers);
        Languages = Values(reader, SearchFields.Language);
        Types = Values(reader, SearchFields.Type);
    }

    /// <summary>The languages and page types in the index, for validating filters.</summary>
    public IReadOnlySet<string> Languages { get; }

    public IReadOnlySet<string> Types { get; }

    public int DocumentCount => _searcher.IndexReader.NumDocs;

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var userQuery = UserQuery.Parse(request.Query);
        var text = request.Query ?? "";
        if (userQuery.IsEmpty)
        {
            return SearchResponse.Empty(text);
        }
        var languages = request.Language is { } only ? [only] : Languages.Order(StringComparer.Ordinal).ToArray();

        var query = Combine(languages.Select(l => (l, _builder.Build(userQuery, l))), request);
        var hits = query is null ? null : _searcher.Search(query, Candidates);
        string? didYouMean = null;
        HashSet<string> corrected = [];
        if ((hits is null || hits.TotalHits == 0) && _builder.BuildFuzzy(userQuery) is { } fuzzy)
        {
            // Nothing matched: search for the closest words the index knows, ranked like any search;
            // only if that finds nothing, fall back to the raw fuzzy query.
            (didYouMean, corrected) = Suggest(userQuery, text);
            var correctedQuery = didYouMean is null ? null : UserQuery.Parse(didYouMean + " ");
            query = correctedQuery is null ? null : Combine(languages.Select(l => (l, _builder.Build(correctedQuery, l))), request);
            hits = query is null ? null : _searcher.Search(query, Candidates);
            if (hits is null || hits.TotalHits == 0)
            {
                query = Combine(languages.Select(l => (l, (Query?)fuzzy)), request);
                hits = _searcher.Search(query!, Candidates);
            }
            else
            {
                userQuery = correctedQuery!;
            }
        }
        if (hits is null)
        {
            return SearchResponse.Empty(text);
        }

        // Best document per page, then the reader's language first (by score within each language). Page and
        // language come from doc values (ordinals, no allocation): loading stored documents for hundreds of
        // candidates would cost more than the search itself.
        var best = new List<ScoreDoc>();
        var pages = new HashSet<int>();
        foreach (var scoreDoc in hits.ScoreDocs)
        {
            if (pages.Add(_pageOf[scoreDoc.Doc]))
            {
                best.Add(scoreDoc);
            }
        }
        var preferredId = request.Language is null && request.PreferredLanguage is { } preferred
            ? _languageIds.GetValueOrDefault(preferred, -1)
            : -1;
        var ordered = preferredId >= 0
            ? best.OrderBy(b => _languageOf[b.Doc] == preferredId ? 0 : 1)
            : best.AsEnumerable();

        var results = new List<SearchHit>();
        foreach (var scoreDoc in ordered.Take(request.Limit))
        {
            var document = _searcher.Doc(scoreDoc.Doc);
            var language = document.Get(SearchFields.Language);
            var match = new MatchTerms(_builder.StemmedTerms(userQuery, language), corrected, userQuery.Prefix is { Length: >= 2 } p ? [p.ToLowerInvariant()] : []);
            var snippet = SnippetBuilder.Build(document.Get(SearchFields.Body) ?? "", _analyzers.Stemmed(language), SearchFields.Body, match);
            results.Add(new SearchHit(
                document.Get(SearchFields.Title),
                document.Get(SearchFields.Url),
                document.Get(SearchFields.Type),
                language,
                snippet,
                scoreDoc.Score,
                document.Get(SearchFields.Heading)));
        }
        return new SearchResponse(text, pages.Count, Math.Round(clock.Elapsed.TotalMilliseconds, 2), results, didYouMean);
    }

    /// <summary>(query_L in language L) for each language, then the type filter.</summary>
    private Query? Combine(IEnumerable<(string Language, Query? Query)> perLanguage, SearchRequest request)
    {
        var byLanguage = new BooleanQuery();
        foreach (var (language, query) in perLanguage)
        {
            if (query is null)
            {
                continue;
            }
            // A language the index does not have matches nothing; otherwise the language is a random-access
            // filter over the array read at open, not a second posting list in a conjunction (about 20 % of a
            // search on the 10,000-page corpus, with the same hits and scores).
            if (_languageIds.TryGetValue(language, out var id))
            {
                byLanguage.Add(new FilteredQuery(query, new LanguageFilter(_languageOf, id), LanguageFilter.Strategy), Occur.SHOULD);
            }
        }
        if (byLanguage.Clauses.Count == 0)
        {
            return null;
        }
        if (request.Type is null)
        {
            return byLanguage;
        }
        return new BooleanQuery
        {
            { byLanguage, Occur.MUST },
            { new TermQuery(new Term(SearchFields.Type, request.Type)) { Boost = 0 }, Occur.MUST },
        };
    }

    /// <summary>For each word, the closest word the index knows; null when none differs from what was typed.</summary>
    private (string? Suggestion, HashSet<string> Corrected) Suggest(UserQuery query, string text)
    {
        var corrected = new HashSet<string>(StringComparer.Ordinal);
        var suggestion = text;
        foreach (var word in QueryBuilder.FuzzyCandidates(query))
        {
            // One rewrite step: the full rewrite would fold a single matching term into a bare TermQuery.
            var terms = QueryBuilder.Fuzzy(word).Rewrite(_searcher.IndexReader) switch
            {
                BooleanQuery expanded => expanded.Clauses.Select(c => c.Query).OfType<TermQuery>().ToArray(),
                TermQuery single => [single],
                _ => [],
            };
            foreach (var term in terms)
            {
                corrected.Add(term.Term.Text);
            }
            var best = terms.OrderByDescending(t => t.Boost).ThenBy(t => t.Term.Text, StringComparer.Ordinal).FirstOrDefault();
            if (best is not null && best.Term.Text != word)
            {
                suggestion = ReplaceWord(suggestion, word, best.Term.Text);
            }
        }
        return (suggestion == text ? null : suggestion, corrected);
    }

    private static string ReplaceWord(string text, string word, string replacement)
    {
        var index = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? text : text[..index] + replacement + text[(index + word.Length)..];
    }

    /// <summary>Numbers each distinct value of a doc-values field and gives every document its value's number.</summary>
    private static (int[] Ids, Dictionary<string, int> Numbers) DocumentIds(IndexReader reader, string field)
    {
        var ids = new int[reader.MaxDoc];
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedDocValues(field)
                ?? throw new InvalidOperationException($"the index has no '{field}' doc values: rebuild it with `pmo build`");
            var byOrdinal = new int[values.ValueCount];
            for (var ordinal = 0; ordinal < values.ValueCount; ordinal++)
            {
                values.LookupOrd(ordinal, bytes);
                var key = bytes.Utf8ToString();
                if (!numbers.TryGetValue(key, out var number))
                {
                    numbers[key] = number = numbers.Count;
                }
                byOrdinal[ordinal] = number;
            }
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var ordinal = values.GetOrd(doc);
                ids[leaf.DocBase + doc] = ordinal < 0 ? -1 : byOrdinal[ordinal];
            }
        }
        return (ids, numbers);
    }

    private static HashSet<string> Values(IndexReader reader, string field)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return values;
        }
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            values.Add(iterator.Term.Utf8ToString());
        }
        return values;
    }
}
