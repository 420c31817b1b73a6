using AngleSharp.Html.Parser;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

/// <summary>What the built pages carry for reading on a phone, in another language and with the checklist (theme.js uses it; the browser tests drive it).</summary>
public class ReadingAidsTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    [Fact]
    public void A_table_scrolls_in_a_region_the_keyboard_reaches_named_by_its_section()
    {
        var page = site.Page("/en/roles/");

        var region = page.QuerySelector(".prose .table-frame > .table-scroll[tabindex='0'][role=region]")!;
        var heading = page.GetElementById(region.GetAttribute("aria-labelledby")!)!;
        Assert.Equal("H2", heading.TagName);
        Assert.NotNull(region.QuerySelector(":scope > table"));
    }

    [Theory]
    [InlineData("/en/roles/", "Section")]
    [InlineData("/sv/roles/", "Avsnitt")]
    [InlineData("/en/roles/pace-keeper/", "Role")]
    [InlineData("/sv/roles/pace-keeper/", "Roll")]
    public void Landing_pages_are_labelled_as_sections_and_articles_by_their_type(string path, string label) =>
        Assert.Equal(label, site.Page(path).QuerySelector(".page-header__type")!.TextContent);

    [Fact]
    public void The_language_switcher_carries_each_languages_headings_for_keeping_the_section()
    {
        var english = site.Page("/en/roles/pace-keeper/");
        var swedish = site.Page("/sv/roles/pace-keeper/");

        var ids = (string selector) => swedish.QuerySelectorAll(selector).Select(h => h.Id).ToArray();
        Assert.Equal(string.Join(' ', ids(".prose h2[id], .prose h3[id]")), english.QuerySelector(".lang-switch a[hreflang=sv]")!.GetAttribute("data-headings"));
        Assert.Equal(string.Join(' ', english.QuerySelectorAll(".prose h2[id], .prose h3[id]").Select(h => h.Id)),
            english.QuerySelector(".lang-switch [aria-current]")!.GetAttribute("data-headings"));
    }

    [Fact]
    public void The_onboarding_path_is_a_checklist_shared_by_its_translations_and_says_nothing_about_ticking_in_its_text()
    {
        var english = site.Page("/en/onboarding/").QuerySelector("article[data-checklist]")!;
        var swedish = site.Page("/sv/onboarding/").QuerySelector("article[data-checklist]")!;

        Assert.Equal("onboarding.md", english.GetAttribute("data-page-key"));
        Assert.Equal(english.GetAttribute("data-page-key"), swedish.GetAttribute("data-page-key"));
        Assert.Equal("{0} of {1} done", english.GetAttribute("data-checklist-progress"));
        Assert.DoesNotContain("Tick", english.QuerySelector(".prose")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bocka", swedish.QuerySelector(".prose")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(english.QuerySelectorAll(".task-list-item").Length, swedish.QuerySelectorAll(".task-list-item").Length);
        Assert.Null(site.Page("/en/roles/pace-keeper/").QuerySelector("article[data-checklist]"));
    }

    [Fact]
    public void The_template_gallery_comes_before_the_text_and_knows_which_filters_leave_nothing()
    {
        var page = site.Page("/en/templates/");
        var article = page.QuerySelector("article")!;
        var gallery = article.QuerySelector(".gallery-filters")!;
        var prose = article.QuerySelector(".prose")!;

        Assert.True(gallery.CompareDocumentPosition(prose).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Equal("No templates match these filters.", gallery.QuerySelector(".gallery-empty")!.FirstChild!.TextContent.Trim());
        var items = gallery.QuerySelectorAll(".gallery__item").Select(i => (Category: i.GetAttribute("data-category")!, Formats: i.GetAttribute("data-formats")!.Split(' '))).ToArray();
        var style = article.QuerySelector("style")!.TextContent;
        foreach (var category in items.Select(i => i.Category).Distinct().Append("all"))
        {
            foreach (var format in new[] { "docx", "xlsx", "md" })
            {
                var empty = !items.Any(i => (category == "all" || i.Category == category) && i.Formats.Contains(format));
                Assert.Equal(empty, style.Contains($"#gallery-category-{category}:checked ~ #gallery-format-{format}:checked ~ .gallery-empty", StringComparison.Ordinal));
            }
        }
        Assert.All(gallery.QuerySelectorAll("input[type=radio]"), r => Assert.False(string.IsNullOrEmpty(r.GetAttribute("value"))));
    }

    [Fact]
    public void A_register_is_marked_for_printing_in_landscape()
    {
        Assert.Contains("is-register", site.Page("/en/templates/risk-register/").Body!.ClassName);
        Assert.DoesNotContain("is-register", site.Page("/en/templates/project-charter/").Body!.ClassName);
    }

    [Fact]
    public async Task A_stand_in_names_the_language_it_is_written_in_in_the_readers_language_and_a_plain_page_has_no_type_label()
    {
        using var temp = new TempDirectory();
        ContentFixture.Write(temp.Combine("content"),
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")),
            ("en/only-english.md", ContentFixture.Page("Only in English")));
        var result = await SiteGenerator.Default.BuildAsync(new BuildOptions(temp.Combine("content"), temp.Combine("site"), StaticSearch: false), IBuildLog.Silent);

        Assert.True(result.Report.Published);
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(temp.Combine("site", "sv", "only-english", "index.html")));
        Assert.StartsWith("Den här sidan finns inte på svenska än. Här är den på engelska.", page.QuerySelector(".notice--fallback")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".page-header__type"));
    }
}
