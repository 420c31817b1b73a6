using BenchmarkDotNet.Attributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PmoPlaybook.Search.Analysis;
using PmoPlaybook.Search.Querying;
using PmoPlaybook.Search.Snippets;

namespace PmoPlaybook.Benchmarks;

/// <summary>
/// Where a search's time goes, phase by phase, rebuilt from the public pieces PlaybookSearcher uses: the
/// Lucene query (top 400 candidates, as the searcher asks), grouping the candidates by page from doc values,
/// loading the 10 shown hits' stored documents, and cutting their snippets. The index is opened as the app
/// opens it (FSDirectory.Open: MMapDirectory on 64-bit Linux); the *SimpleFS cases repeat the two phases
/// that read the files over SimpleFSDirectory, to show what the store costs (apache/lucenenet#1151).
/// </summary>
[Config(typeof(SearchBenchmarkConfig))]
public class SearchPhaseBenchmarks
{
    private const int Candidates = 400;
    private const int Shown = 10;
    private LanguageAnalyzers _analyzers = null!;
    private DirectoryReader _reader = null!;
    private IndexSearcher _searcher = null!;
    private DirectoryReader _simpleReader = null!;
    private IndexSearcher _simpleSearcher = null!;
    private QueryBuilder _builder = null!;
    private readonly Dictionary<string, Prepared> _prepared = [];

    private sealed record Prepared(TopDocs Hits, int[] Shown, string[] Bodies, MatchTerms Match);

    public static IEnumerable<string> Queries => ["cache", "deploy pipeline", "co"];

    [GlobalSetup]
    public void Setup()
    {
        _analyzers = new LanguageAnalyzers();
        _reader = DirectoryReader.Open(FSDirectory.Open(BenchmarkQueries.IndexDirectory));
        _searcher = new IndexSearcher(_reader);
        _simpleReader = DirectoryReader.Open(new SimpleFSDirectory(BenchmarkQueries.IndexDirectory));
        _simpleSearcher = new IndexSearcher(_simpleReader);
        _builder = new QueryBuilder(_analyzers);
        foreach (var q in Queries)
        {
            var hits = _searcher.Search(Build(q), Candidates);
            var shown = BestPerPage(hits).Take(Shown).ToArray();
            var userQuery = UserQuery.Parse(q);
            var match = new MatchTerms(_builder.StemmedTerms(userQuery, "en"), new HashSet<string>(), userQuery.Prefix is { Length: >= 2 } p ? [p.ToLowerInvariant()] : []);
            _prepared[q] = new Prepared(hits, shown, shown.Select(d => _searcher.Doc(d).Get(SearchFields.Body) ?? "").ToArray(), match);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _reader.Dispose();
        _simpleReader.Dispose();
        _analyzers.Dispose();
    }

    /// <summary>
    /// (lang:en AND query), as PlaybookSearcher.Combine did before it filtered languages from its own array
    /// (LanguageFilter, internal); the whole-search benchmarks measure the searcher as it is.
    /// </summary>
    private Query Build(string text)
    {
        var inner = _builder.Build(UserQuery.Parse(text), "en") ?? throw new InvalidOperationException($"no query for '{text}'");
        var clause = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Language, "en")) { Boost = 0 }, Occur.MUST },
            { inner, Occur.MUST },
        };
        return new BooleanQuery { { clause, Occur.SHOULD } };
    }

    /// <summary>The first (best) document of each page, from the page field's doc values.</summary>
    private List<int> BestPerPage(TopDocs hits)
    {
        var best = new List<int>();
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var leaves = _reader.Leaves;
        var bytes = new Lucene.Net.Util.BytesRef();
        foreach (var hit in hits.ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            var values = leaf.AtomicReader.GetSortedDocValues(SearchFields.Page)
                ?? throw new InvalidOperationException("the index has no page doc values: rebuild it");
            values.Get(hit.Doc - leaf.DocBase, bytes);
            if (pages.Add(bytes.Utf8ToString()))
            {
                best.Add(hit.Doc);
            }
        }
        return best;
    }

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public TopDocs LuceneTop400(string q) => _searcher.Search(Build(q), Candidates);

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public TopDocs LuceneTop400SimpleFS(string q) => _simpleSearcher.Search(Build(q), Candidates);

    /// <summary>Grouping by page from doc values looked up per hit (the searcher reads them into arrays once, which is cheaper still).</summary>
    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int GroupByPageDocValues400(string q) => BestPerPage(_prepared[q].Hits).Count;

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int LoadShownStoredDocuments10(string q) => _prepared[q].Shown.Sum(d => _searcher.Doc(d).Get(SearchFields.Body)?.Length ?? 0);

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int LoadShownStoredDocuments10SimpleFS(string q) => _prepared[q].Shown.Sum(d => _simpleSearcher.Doc(d).Get(SearchFields.Body)?.Length ?? 0);

    /// <summary>The snippets alone (bodies already loaded): re-analysing each body and picking the window.</summary>
    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int Snippets10(string q)
    {
        var prepared = _prepared[q];
        return prepared.Bodies.Sum(body => SnippetBuilder.Build(body, _analyzers.Stemmed("en"), SearchFields.Body, prepared.Match).Length);
    }
}
