using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace PmoPlaybook.Integration.Tests;

public class GeneratedSiteTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private const string RepositoryUrl = "https://github.com/example/pmo-playbook/";

    [Fact]
    public void The_build_publishes_every_page_of_both_languages_without_problems()
    {
        Assert.True(site.Result.Report.Published);
        // A page past its review date (PMO025) is the content ageing, not a fault of the build: the
        // playbooks' review_by dates are in the future when written, and `pmo check` nags their owners.
        Assert.DoesNotContain(site.Result.Report.Diagnostics, d => d.Code != "PMO025");
        Assert.True(site.Result.Report.PagesByLanguage["en"] >= 12);
        Assert.Equal(site.Result.Report.PagesByLanguage["en"], site.Result.Report.PagesByLanguage["sv"]);
    }

    [Fact]
    public void A_role_guide_has_its_metadata_links_and_translation()
    {
        var page = site.Page("/en/roles/pace-keeper/");
        var summary = site.Result.Snapshot.Site.Find("en/roles/pace-keeper.md")!.Meta.Summary;

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Pace-keeper · PMO Playbook", page.Title);
        Assert.Equal(summary, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("https://playbook.example.org/en/roles/pace-keeper/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://playbook.example.org/sv/roles/pace-keeper/", page.QuerySelector("link[hreflang=sv]")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("link[hreflang=x-default]"));
        Assert.Equal("/sv/roles/pace-keeper/", page.QuerySelector(".lang-switch a[hreflang=sv]")!.GetAttribute("href"));
        Assert.Equal("Pace-keeper", page.QuerySelector("main h1")!.TextContent);
    }

    [Theory]
    [InlineData("/en/roles/pace-keeper/", "content/en/roles/pace-keeper.md")]
    [InlineData("/sv/roles/pace-keeper/", "content/sv/roles/pace-keeper.md")]
    [InlineData("/sv/", "content/sv/index.md")]
    public void Pages_link_to_their_file_in_the_repository_and_to_what_changed(string path, string file)
    {
        var page = site.Page(path);

        Assert.Equal(RepositoryUrl + "edit/main/" + file, page.QuerySelector("footer.page-info a.page-info__edit")!.GetAttribute("href"));
        Assert.Equal(RepositoryUrl + "commits/main/" + file, page.QuerySelector("footer.page-info a.page-info__history")!.GetAttribute("href"));
        Assert.Equal(path[..4] + "changes/", page.QuerySelector("footer.site-footer a")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(site.Output, path[1..3], "changes", "atom.xml")));
        Assert.True(File.Exists(Path.Combine(site.Output, path[1..3], "content-health", "index.html")));
    }

    [Fact]
    public void A_page_made_from_something_other_than_a_markdown_file_has_no_edit_link()
    {
        // Assessment pages come from content/assessments/*.yml; there is no content/en/assessments/{id}.md to edit.
        var page = site.Page("/en/assessments/pmo-maturity/");

        Assert.NotNull(page.QuerySelector("main h1"));
        Assert.Null(page.QuerySelector("a.page-info__edit"));
    }

    [Theory]
    [InlineData("en", "{0} questions in {1} areas · {2} minutes of reading")]
    [InlineData("sv", "{0} frågor inom {1} områden · {2} minuters läsning")]
    public void An_assessment_page_states_the_reading_time_the_build_computed_from_its_words(string lang, string facts)
    {
        var definition = Assessments.AssessmentClient.Definition;
        var page = site.Page($"/{lang}/assessments/pmo-maturity/");

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, facts, definition.Questions.Count(), definition.Dimensions.Count, definition.ReadingMinutes(lang)),
            page.QuerySelector(".assessment-start span")!.TextContent);
        Assert.DoesNotMatch(@"\d+ min", page.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public void Landmarks_skip_link_breadcrumbs_and_current_page_are_in_place()
    {
        var page = site.Page("/en/roles/balancer/");

        Assert.Equal("#main", page.QuerySelector("body > a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
        Assert.Equal(["Home", "Roles", "Balancer"], page.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()));
        Assert.Equal("/en/roles/balancer/", page.QuerySelector(".sidenav a[aria-current=page]")!.GetAttribute("href"));
    }

    [Fact]
    public void Previous_and_next_follow_the_section_order()
    {
        var page = site.Page("/en/roles/balancer/");

        Assert.Equal("/en/roles/pace-keeper/", page.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/en/roles/visualiser/", page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_table_of_contents_lists_each_h2_by_its_anchor()
    {
        var page = site.Page("/sv/roles/pace-keeper/");

        var tocTargets = page.QuerySelectorAll(".toc > ol > li > a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToArray();
        var h2Ids = page.QuerySelectorAll(".prose h2").Select(h => h.Id!).ToArray();

        Assert.NotEmpty(tocTargets);
        Assert.Equal(h2Ids, tocTargets);
        Assert.Contains(h2Ids, id => id.Any(c => c is 'å' or 'ä' or 'ö'));
    }

    [Fact]
    public void No_page_links_to_a_md_file_or_to_a_page_that_was_not_built()
    {
        var parser = new HtmlParser();
        foreach (var file in site.HtmlFiles())
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            // Template downloads (a[download]) may be Markdown files, and so may "edit this page" and
            // history links to the repository (absolute); links between pages must not be.
            foreach (var href in document.QuerySelectorAll("a[href]:not([download])").Select(a => a.GetAttribute("href")!)
                .Where(h => !h.StartsWith(RepositoryUrl, StringComparison.Ordinal)))
            {
                Assert.DoesNotContain(".md", href);
                // The app's own routes (the assessment form) are served by the app, not built; WebAppTests cover them.
                if (href.StartsWith('/') && !href.StartsWith("/assessments/", StringComparison.Ordinal))
                {
                    var path = href.Split('#')[0];
                    Assert.True(File.Exists(Path.Combine(site.Output, path.Trim('/'), "index.html")) || File.Exists(Path.Combine(site.Output, path.Trim('/'))),
                        $"{Path.GetRelativePath(site.Output, file)} links to {href}, which was not built");
                }
            }
        }
    }

    [Fact]
    public void Swedish_text_is_written_as_letters_not_entities()
    {
        var html = File.ReadAllText(Path.Combine(site.Output, "sv", "roles", "pace-keeper", "index.html"));

        Assert.Contains("Takthållaren", html);
        Assert.DoesNotContain("&#xE5;", html);
    }

    [Fact]
    public void The_home_page_has_a_card_for_each_section()
    {
        var page = site.Page("/en/");

        var cards = page.QuerySelectorAll(".home .cards .card__title a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("/en/roles/", cards);
        Assert.Contains("/en/about/", cards);
        Assert.Contains("/en/playbooks/", cards);
    }

    [Fact]
    public void Sitemap_robots_404_and_language_chooser_are_written()
    {
        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToArray();

        // Every page once, then per language its tag index and each tag's page.
        var built = site.Result.Snapshot.Site;
        var tagPages = built.Config.Languages.Sum(l => 1 + built.Tags(l.Code).Count);
        Assert.Equal(built.Pages.Count + tagPages, locations.Length);
        Assert.Equal(locations.Length, locations.Distinct().Count());
        Assert.Contains("https://playbook.example.org/sv/roles/balancer/", locations);
        Assert.Contains("Sitemap: https://playbook.example.org/sitemap.xml", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));

        var notFound = site.Page("/404.html");
        Assert.Equal(["/en/", "/sv/"], notFound.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));

        var root = site.Page("/index.html");
        Assert.Equal("en sv", root.Body!.GetAttribute("data-languages"));
        Assert.Contains("url=/en/", root.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
    }

    [Fact]
    public void Theme_assets_are_published_with_content_hashes()
    {
        var page = site.Page("/en/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        Assert.Matches(@"^/assets/theme/theme\.css\?v=[0-9a-f]{10}$", stylesheet);
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "theme", "theme.css")));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => !s.HasAttribute("src"));
    }
}
