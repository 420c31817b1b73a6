using Lucene.Net.Index;
using Lucene.Net.Store;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Search.Analysis;
using PmoPlaybook.Search.Indexing;
using PmoPlaybook.Search.Querying;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Search.Tests;

/// <summary>A small bilingual site indexed for real, searched in process.</summary>
public sealed class SearcherTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly DirectoryReader _reader;
    private readonly LanguageAnalyzers _analyzers = new();
    private readonly PlaybookSearcher _searcher;

    public SearcherTests()
    {
        var content = ContentFixture.Write(_temp.Combine("content"),
            ("en/index.md", ContentFixture.Page("Home", "Welcome to the playbook.")),
            ("sv/index.md", ContentFixture.Page("Start", "Välkommen till handboken.")),
            ("en/roles/facilitator.md", ContentFixture.Page("Facilitator", "Runs safe meetings.\n\n## Forums and cadence\n\nThe facilitator designs every retrospective.", type: "role")),
            ("sv/roles/facilitator.md", ContentFixture.Page("Facilitatorn", "Skapar trygga möten.\n\n## Forum och rytm\n\nFacilitatorn leder retrospektiver och prioriteringar.", type: "role")),
            ("en/playbooks/risk.md", ContentFixture.Page("Risk management", "Score each risk by likelihood and impact.\n\n## Cost of delay\n\nWhat waiting costs.", type: "playbook")),
            ("en/templates/risk-register.md", ContentFixture.Page("Risk register", "| Likelihood | Impact | Score |\n|---|---|---|\n| 3 | 4 | 12 |", type: "template",
                extra: "template:\n  formats: [xlsx]\n  category: risk\n")),
            ("en/glossary.md", ContentFixture.Page("Glossary", "## WSJF\n\nWeighted shortest job first.\n\n## RAID\n\nRisks, assumptions, issues, dependencies.", type: "guide")));
        var site = ContentLoader.Load(content).Site;
        SearchIndexBuilder.Build(site, _temp.Combine("index"));
        _reader = DirectoryReader.Open(FSDirectory.Open(_temp.Combine("index")));
        _searcher = new PlaybookSearcher(_reader, _analyzers);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzers.Dispose();
        _temp.Dispose();
    }

    private SearchResponse Search(string query, string? language = null, string? type = null, string? prefer = null) =>
        _searcher.Search(new SearchRequest(query, language, type, 10, prefer));

    [Fact]
    public void Finds_inflected_words_and_deep_links_to_the_section()
    {
        var response = Search("retrospectives", language: "en");

        var hit = response.Hits.First();
        Assert.Equal("/en/roles/facilitator/#forums-and-cadence", hit.Url);
        Assert.Equal("Forums and cadence", hit.Section);
        Assert.Contains("<mark>retrospective</mark>", hit.Snippet);
    }

    [Fact]
    public void Swedish_inflections_match()
    {
        var response = Search("prioritering", language: "sv");

        Assert.Equal("/sv/roles/facilitator/#forum-och-rytm", response.Hits.First().Url);
    }

    [Fact]
    public void A_typo_falls_back_to_fuzzy_matching_and_offers_a_correction()
    {
        var response = Search("facilitatr");

        Assert.NotEmpty(response.Hits);
        Assert.Contains(response.Hits, h => h.Url.StartsWith("/en/roles/facilitator/", StringComparison.Ordinal));
        Assert.Equal("facilitator", response.DidYouMean);
    }

    [Fact]
    public void The_last_word_matches_as_a_prefix_while_typing()
    {
        var response = Search("regis");

        Assert.Equal("/en/templates/risk-register/", response.Hits.First().Url);
    }

    [Fact]
    public void Phrases_are_required_in_order_and_exclusions_remove_pages()
    {
        var phrase = Search("\"cost of delay\"");
        var excluded = Search("risk -register");

        Assert.Equal(["/en/playbooks/risk/#cost-of-delay"], phrase.Hits.Select(h => h.Url));
        Assert.DoesNotContain(excluded.Hits, h => h.Url.Contains("risk-register", StringComparison.Ordinal));
        Assert.Contains(excluded.Hits, h => h.Url.StartsWith("/en/playbooks/risk/", StringComparison.Ordinal));
    }

    [Fact]
    public void One_hit_per_page_and_filters_by_type_and_language()
    {
        var all = Search("risk");
        var templates = Search("risk", type: "template");
        var swedish = Search("facilitator", language: "sv");

        Assert.Equal(all.Hits.Count, all.Hits.Select(h => h.Url.Split('#')[0]).Distinct().Count());
        Assert.All(templates.Hits, h => Assert.Equal("template", h.Type));
        Assert.All(swedish.Hits, h => Assert.Equal("sv", h.Lang));
        Assert.NotEmpty(swedish.Hits);
    }

    [Fact]
    public void The_readers_language_comes_first()
    {
        Assert.Equal("sv", Search("facilitator", prefer: "sv").Hits.First().Lang);
        Assert.Equal("en", Search("facilitator", prefer: "en").Hits.First().Lang);
    }

    [Fact]
    public void Glossary_entries_are_their_own_hits()
    {
        var hit = Search("wsjf").Hits.First();

        Assert.Equal("/en/glossary/#wsjf", hit.Url);
    }

    [Fact]
    public void Empty_queries_return_nothing()
    {
        Assert.Empty(Search("").Hits);
        Assert.Empty(Search("   ").Hits);
        Assert.Equal(0, Search("-risk").Total);
    }

    [Fact]
    public void No_input_makes_the_searcher_throw()
    {
        var random = new Random(20261123);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzåäö ÅÄÖ\"'-+*?~^:()[]{}\\/!&|<>#%@\u0000\t\n日本語🚀";
        for (var i = 0; i < 500; i++)
        {
            var length = random.Next(0, 60);
            var input = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var response = Search(input);
            Assert.NotNull(response);
        }
    }
}
