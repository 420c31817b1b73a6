using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Search.Indexing;
using PmoPlaybook.Search.Querying;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Search.Tests;

/// <summary>`pmo serve` brings the index up to date in place after an edit; it must end up as a fresh build would.</summary>
public sealed class IndexUpdateTests : IDisposable
{
    private const string Risk = "en/playbooks/risk.md";
    private const string Change = "en/playbooks/change.md";
    private readonly TempDirectory _temp = new();
    private readonly Site _site;

    public IndexUpdateTests()
    {
        _site = Load(
            ("en/playbooks/risk.md", ContentFixture.Page("Risk management", "Score each risk by likelihood.\n\n## Escalation\n\nEscalate red risks weekly.", type: "playbook")),
            ("en/playbooks/change.md", ContentFixture.Page("Change control", "Every change request gets a decision.", type: "playbook")));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_same_site_has_no_changes_and_new_settings_need_a_whole_index()
    {
        Assert.True(IndexChanges.Between(_site, _site)!.IsEmpty);
        Assert.Null(IndexChanges.Between(_site, Load()));
    }

    [Fact]
    public void An_edited_page_is_replaced_with_all_its_sections_and_a_removed_one_goes()
    {
        var index = _temp.Combine("index");
        SearchIndexBuilder.Build(_site, index);
        var edited = Load(("en/playbooks/risk.md", ContentFixture.Page("Risk management", "Score each risk by probability.\n\n## Escalation\n\nEscalate amber risks daily.", type: "playbook")));
        var after = _site.With([edited.Find(Risk)!], [Change]);

        var changes = IndexChanges.Between(_site, after)!;
        var added = SearchIndexBuilder.Update(after, changes, index);

        Assert.Same(after.Find(Risk), Assert.Single(changes.Pages));
        Assert.Equal(["/en/playbooks/risk/", "/en/playbooks/change/"], changes.PageUrls);
        Assert.Equal(2, added); // the page and its one section
        using var search = new SearchIndex(index, cacheEntries: 0);
        Assert.Equal(0, search.Search(new SearchRequest("likelihood", "en"))!.Total);
        Assert.Equal(0, search.Search(new SearchRequest("weekly", "en"))!.Total);
        Assert.Equal(0, search.Search(new SearchRequest("decision", "en"))!.Total);
        Assert.Equal(1, search.Search(new SearchRequest("probability", "en"))!.Total);
        Assert.Equal("/en/playbooks/risk/#escalation", search.Search(new SearchRequest("amber", "en"))!.Hits.Single().Url);
        Assert.Equal(Fresh(after), Documents(index));
    }

    /// <summary>The site with the files given on top of a home page per language.</summary>
    private Site Load(params (string Path, string Text)[] files)
    {
        var root = _temp.Combine("content-" + Guid.NewGuid().ToString("N"));
        ContentFixture.Write(root, files.Prepend(("sv/index.md", ContentFixture.Page("Start"))).Prepend(("en/index.md", ContentFixture.Page("Home"))));
        return ContentLoader.Load(root).Site;
    }

    private int Fresh(Site site)
    {
        var index = _temp.Combine("fresh-" + Guid.NewGuid().ToString("N"));
        SearchIndexBuilder.Build(site, index);
        return Documents(index);
    }

    private static int Documents(string index)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(index);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        return reader.NumDocs;
    }
}
