using BenchmarkDotNet.Attributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PmoPlaybook.Search.Analysis;
using PmoPlaybook.Search.Querying;
using PmoPlaybook.Search.Snippets;
using BytesRef = Lucene.Net.Util.BytesRef;

namespace PmoPlaybook.Benchmarks;

/// <summary>
/// Where a search's time goes, phase by phase, rebuilt from the public pieces PlaybookSearcher uses:
/// the Lucene query alone (top 400 candidates, as the searcher asks), loading every candidate's stored
/// fields (how the searcher picks the best hit per page), loading only the page field, the page field
/// from the field cache instead, and the 10 snippets. The index is opened as the app opens it
/// (FSDirectory.Open: MMapDirectory on 64-bit Linux); the *SimpleFS cases repeat two phases over
/// SimpleFSDirectory to show what the store costs.
/// </summary>
[Config(typeof(SearchBenchmarkConfig))]
public class SearchPhaseBenchmarks
{
    private const int Candidates = 400;
    private LanguageAnalyzers _analyzers = null!;
    private DirectoryReader _reader = null!;
    private IndexSearcher _searcher = null!;
    private DirectoryReader _simpleReader = null!;
    private IndexSearcher _simpleSearcher = null!;
    private QueryBuilder _builder = null!;
    private readonly Dictionary<string, (Query Query, TopDocs Hits)> _prepared = [];

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
            var query = Build(q);
            _prepared[q] = (query, _searcher.Search(query, Candidates));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _reader.Dispose();
        _simpleReader.Dispose();
        _analyzers.Dispose();
    }

    /// <summary>(lang:en AND query), as PlaybookSearcher.Combine does for a one-language site.</summary>
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

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public TopDocs LuceneTop400(string q) => _searcher.Search(Build(q), Candidates);

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int LoadAllStoredFields400(string q)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in _prepared[q].Hits.ScoreDocs)
        {
            pages.Add(_searcher.Doc(hit.Doc).Get(SearchFields.Page));
        }
        return pages.Count;
    }

    /// <summary>The same Lucene search over SimpleFSDirectory instead of FSDirectory.Open's MMapDirectory.</summary>
    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public TopDocs LuceneTop400SimpleFS(string q) => _simpleSearcher.Search(Build(q), Candidates);

    /// <summary>The same stored-field loads over SimpleFSDirectory (apache/lucenenet#1151: MMapDirectory reads byte by byte).</summary>
    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int LoadAllStoredFields400SimpleFS(string q)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in _prepared[q].Hits.ScoreDocs)
        {
            pages.Add(_simpleSearcher.Doc(hit.Doc).Get(SearchFields.Page));
        }
        return pages.Count;
    }

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int LoadPageFieldOnly400(string q)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var fields = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Page };
        foreach (var hit in _prepared[q].Hits.ScoreDocs)
        {
            pages.Add(_reader.Document(hit.Doc, fields).Get(SearchFields.Page));
        }
        return pages.Count;
    }

    /// <summary>The same page keys from the field cache (un-inverted once per reader): no stored-field decompression.</summary>
    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int PageFromFieldCache400(string q)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var leaves = _reader.Leaves;
        var bytes = new BytesRef();
        foreach (var hit in _prepared[q].Hits.ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            FieldCache.DEFAULT.GetTerms(leaf.AtomicReader, SearchFields.Page, false).Get(hit.Doc - leaf.DocBase, bytes);
            pages.Add(bytes.Utf8ToString());
        }
        return pages.Count;
    }

    [Benchmark]
    [ArgumentsSource(nameof(Queries))]
    public int Snippets10(string q)
    {
        var userQuery = UserQuery.Parse(q);
        var match = new MatchTerms(_builder.StemmedTerms(userQuery, "en"), new HashSet<string>(), userQuery.Prefix is { Length: >= 2 } p ? [p.ToLowerInvariant()] : []);
        var length = 0;
        foreach (var hit in _prepared[q].Hits.ScoreDocs.Take(10))
        {
            var body = _searcher.Doc(hit.Doc).Get(SearchFields.Body) ?? "";
            length += SnippetBuilder.Build(body, _analyzers.Stemmed("en"), SearchFields.Body, match).Length;
        }
        return length;
    }
}
