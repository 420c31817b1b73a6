using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

/// <summary>Tag pages per language, tags as links, the tag index in the footer and the sitemap, and the tag rule of `pmo check`.</summary>
public sealed class TagPagesTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly HtmlParser _parser = new();

    private string Content => _temp.Combine("content");

    private string Output => _temp.Combine("site");

    public void Dispose() => _temp.Dispose();

    private IDocument Page(string urlPath) => _parser.ParseDocument(File.ReadAllText(Path.Combine(Output, urlPath.Trim('/'), "index.html")));

    private async Task<BuildResult> BuildAsync(params (string, string)[] files)
    {
        ContentFixture.Write(Content, [("en/index.md", ContentFixture.Page("Home")), ("sv/index.md", ContentFixture.Page("Start")), .. files]);
        return await SiteGenerator.Default.BuildAsync(new BuildOptions(Content, Output, StaticSearch: false), IBuildLog.Silent);
    }

    [Fact]
    public async Task Each_language_has_a_tag_index_and_a_page_per_tag_listing_its_pages_in_the_languages_order()
    {
        await BuildAsync(
            ("en/roles/sponsor.md", ContentFixture.Page("Sponsor", extra: "tags: [Risk, funding]\n")),
            ("en/templates/risk-log.md", ContentFixture.Page("Risk log", summary: "Every risk in one table.", extra: "tags: [risk]\n")),
            ("sv/roles/sponsor.md", ContentFixture.Page("Sponsor", extra: "tags: [ägarskap, styrning]\n")),
            ("sv/roles/pace-keeper.md", ContentFixture.Page("Taktgivare", extra: "tags: [årsplan, styrning]\n")),
            ("sv/roles/zeta.md", ContentFixture.Page("Zeta", extra: "tags: [ytterligare]\n")));

        // "Risk" and "risk" are one tag; its page lists both pages, with their summaries, alphabetically.
        var risk = Page("/en/tags/risk/");
        Assert.Equal("Tagged “risk”", risk.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Risk log", "Sponsor"], risk.QuerySelectorAll(".cards .card__title a").Select(a => a.TextContent));
        Assert.Equal("/en/templates/risk-log/", risk.QuerySelector(".cards .card__title a")!.GetAttribute("href"));
        Assert.Contains("Every risk in one table.", risk.QuerySelector(".cards")!.TextContent);
        Assert.Equal(["funding", "risk"], Page("/en/tags/").QuerySelectorAll(".tag-index a").Select(a => a.TextContent));

        // Swedish sorts å, ä and ö after z; their slugs drop the accents.
        var swedish = Page("/sv/tags/");
        Assert.Equal("Taggar", swedish.QuerySelector("h1")!.TextContent);
        Assert.Equal(["styrning", "ytterligare", "årsplan", "ägarskap"], swedish.QuerySelectorAll(".tag-index a").Select(a => a.TextContent));
        Assert.Equal("/sv/tags/arsplan/", swedish.QuerySelector(".tag-index a[href$='arsplan/']")!.GetAttribute("href"));
        Assert.Contains("2 sidor", swedish.QuerySelector(".tag-index li")!.TextContent);
        Assert.Equal(["Sponsor", "Taktgivare"], Page("/sv/tags/styrning/").QuerySelectorAll(".cards .card__title a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Tags_on_a_page_link_to_their_pages_and_a_stand_in_links_to_its_originals_language()
    {
        await BuildAsync(("en/roles/sponsor.md", ContentFixture.Page("Sponsor", extra: "tags: [Cost of delay]\n")));

        Assert.Equal("/en/tags/cost-of-delay/", Page("/en/roles/sponsor/").QuerySelector(".page-header__meta a.tag")!.GetAttribute("href"));
        // The Swedish stand-in shows the English text, so its English tag is the English tag page; Swedish has none.
        Assert.Equal("/en/tags/cost-of-delay/", Page("/sv/roles/sponsor/").QuerySelector(".page-header__meta a.tag")!.GetAttribute("href"));
        Assert.False(Directory.Exists(Path.Combine(Output, "sv", "tags", "cost-of-delay")));
        Assert.Equal("/sv/tags/", Page("/sv/roles/sponsor/").QuerySelector(".site-footer a[href$='/tags/']")!.GetAttribute("href"));
        // The English tag page has no Swedish translation: the switcher offers the Swedish tag index instead.
        Assert.Equal("/sv/tags/", Page("/en/tags/cost-of-delay/").QuerySelector(".lang-switch a[hreflang=sv]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sitemap_lists_the_tag_indexes_as_translations_and_every_tag_page()
    {
        await BuildAsync(("en/roles/sponsor.md", ContentFixture.Page("Sponsor", extra: "tags: [funding]\n")));

        var sitemap = File.ReadAllText(Path.Combine(Output, "sitemap.xml"));

        Assert.Contains("<loc>https://playbook.test/en/tags/funding/</loc>", sitemap);
        Assert.Contains("<loc>https://playbook.test/sv/tags/</loc>", sitemap);
        Assert.Contains("hreflang=\"sv\" href=\"https://playbook.test/sv/tags/\"", sitemap);
    }

    [Fact]
    public async Task A_tag_without_a_letter_or_digit_fails_the_check_at_its_line_and_column()
    {
        var result = await BuildAsync(("en/a.md", ContentFixture.Page("A", extra: "tags:\n  - planning\n  - \"--\"\n")));

        var problem = Assert.Single(result.Report.Diagnostics, d => d.Code == DiagnosticCodes.UnusableTag);
        Assert.Equal(("en/a.md", 7, 5, Severity.Error), (problem.Path, problem.Line, problem.Column, problem.Severity));
        Assert.Contains("'--'", problem.Message);
        Assert.False(result.Report.Published);
    }
}
