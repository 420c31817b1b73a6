using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Content.Tests;

public class SiteNavigationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private Site Load(params (string, string)[] files) =>
        ContentLoader.Load(ContentFixture.Write(_dir.Path, files)).Site;

    [Fact]
    public void Sections_sort_by_order_then_title_and_pages_likewise()
    {
        var site = Load(
            ("en/index.md", ContentFixture.Page("Home")),
            ("en/roles/index.md", ContentFixture.Page("Roles", order: 20)),
            ("en/about/index.md", ContentFixture.Page("About", order: 10)),
            ("en/roles/b.md", ContentFixture.Page("Beta")),
            ("en/roles/a.md", ContentFixture.Page("Alpha")),
            ("en/roles/z.md", ContentFixture.Page("Zulu", order: 1)));

        var navigation = site.Navigation("en");

        Assert.Equal(["About", "Roles"], navigation.Sections.Select(s => s.Title));
        Assert.Equal(["Zulu", "Alpha", "Beta"], navigation.Section("en/roles")!.ChildPages.Select(p => p.Title));
    }

    [Fact]
    public void Swedish_titles_sort_in_the_Swedish_alphabet()
    {
        var site = Load(
            ("sv/index.md", ContentFixture.Page("Start")),
            ("sv/a.md", ContentFixture.Page("Öppenhet")),
            ("sv/b.md", ContentFixture.Page("Ärende")),
            ("sv/c.md", ContentFixture.Page("Zon")),
            ("sv/d.md", ContentFixture.Page("Åtgärd")));

        Assert.Equal(["Zon", "Åtgärd", "Ärende", "Öppenhet"], site.Navigation("sv").Root.ChildPages.Select(p => p.Title));
    }

    [Fact]
    public void Breadcrumbs_lead_from_home_through_each_section()
    {
        var site = Load(
            ("en/index.md", ContentFixture.Page("Home")),
            ("en/playbooks/index.md", ContentFixture.Page("Playbooks")),
            ("en/playbooks/risk/index.md", ContentFixture.Page("Risk")),
            ("en/playbooks/risk/register.md", ContentFixture.Page("Register")));
        var navigation = site.Navigation("en");

        Assert.Equal(["Home", "Playbooks", "Risk"], navigation.Breadcrumbs(site.Find("en/playbooks/risk/register.md")!).Select(c => c.Title));
        Assert.Equal(["Home", "Playbooks"], navigation.Breadcrumbs(site.Find("en/playbooks/risk/index.md")!).Select(c => c.Title));
    }

    [Fact]
    public void Previous_and_next_walk_the_section_from_its_landing_page()
    {
        var site = Load(
            ("en/index.md", ContentFixture.Page("Home")),
            ("en/roles/index.md", ContentFixture.Page("Roles")),
            ("en/roles/one.md", ContentFixture.Page("One", order: 1)),
            ("en/roles/two.md", ContentFixture.Page("Two", order: 2)),
            ("en/other/three.md", ContentFixture.Page("Three")));
        var navigation = site.Navigation("en");

        Assert.Equal((null, "One"), Titles(navigation.Neighbours(site.Find("en/roles/index.md")!)));
        Assert.Equal(("Roles", "Two"), Titles(navigation.Neighbours(site.Find("en/roles/one.md")!)));
        Assert.Equal(("One", null), Titles(navigation.Neighbours(site.Find("en/roles/two.md")!)));

        static (string?, string?) Titles((Page? Previous, Page? Next) pair) => (pair.Previous?.Title, pair.Next?.Title);
    }

    [Fact]
    public void A_folder_without_index_gets_a_generated_landing_page()
    {
        var site = Load(
            ("en/index.md", ContentFixture.Page("Home")),
            ("en/key-performance-indicators/on-time.md", ContentFixture.Page("On-time delivery")));

        var landing = site.Find("en/key-performance-indicators/index.md");

        Assert.NotNull(landing);
        Assert.True(landing.IsGenerated);
        Assert.Equal("Key performance indicators", landing.Title);
        Assert.Equal("/en/key-performance-indicators/", site.Navigation("en").Sections.Single().UrlPath);
    }

    [Fact]
    public void Translations_pair_by_relative_path_in_language_order()
    {
        var site = Load(
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")),
            ("sv/roles/pace-keeper.md", ContentFixture.Page("Takthållaren")),
            ("en/roles/pace-keeper.md", ContentFixture.Page("Pace-keeper")));

        var translations = site.Translations(site.Find("sv/roles/pace-keeper.md")!);

        Assert.Equal(["Pace-keeper", "Takthållaren"], translations.Select(t => t.Title));
    }
}
