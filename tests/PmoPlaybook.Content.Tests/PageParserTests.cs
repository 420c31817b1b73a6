using PmoPlaybook.Content.Markdown;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Content.Tests;

public class PageParserTests
{
    private static readonly PageParser Parser = new(SiteConfig.Default.WithBaseUrl("https://example.org/"));

    private static Page Parse(string path, string text) =>
        Parser.Parse(ContentPath.Parse(path), text).Page ?? throw new InvalidOperationException("page did not parse");

    [Fact]
    public void Swedish_headings_keep_their_letters_in_anchors()
    {
        var page = Parse("sv/roles/pace-keeper.md", ContentFixture.Page("Takthållaren", "## Åäö rubrik\n\n### Forum och rytm\n"));

        Assert.Equal(["åäö-rubrik", "forum-och-rytm"], page.Headings.Select(h => h.Id));
        Assert.Equal([2, 3], page.Headings.Select(h => h.Level));
        Assert.Contains("id=\"åäö-rubrik\"", page.BodyHtml);
    }

    [Fact]
    public void Heading_text_is_plain_and_lines_are_file_lines()
    {
        // Front matter takes lines 1–5, so the heading is on file line 7.
        var page = Parse("en/a.md", ContentFixture.Page("A", "\n## The *real* `RACI` matrix\n"));

        var heading = Assert.Single(page.Headings);
        Assert.Equal("The real RACI matrix", heading.Text);
        Assert.Equal(7, heading.Line);
    }

    [Fact]
    public void Md_links_become_clean_urls_and_keep_their_anchor_and_position()
    {
        var page = Parse("en/roles/balancer.md", ContentFixture.Page("Balancer", "See [the RAID log](../templates/raid-log.md#columns) and [Visualiser](visualiser.md).\n\n![board](../../assets/board.png)"));

        Assert.Contains("href=\"/en/templates/raid-log/#columns\"", page.BodyHtml);
        Assert.Contains("href=\"/en/roles/visualiser/\"", page.BodyHtml);
        Assert.Contains("src=\"/assets/board.png\"", page.BodyHtml);
        var first = page.Links[0];
        Assert.Equal((6, 5), (first.Line, first.Column));
        Assert.Equal("../templates/raid-log.md#columns", first.Written);
        Assert.True(page.Links[2].IsImage);
    }

    [Fact]
    public void External_links_are_untouched_and_body_html_is_rendered_with_tables()
    {
        var page = Parse("en/a.md", ContentFixture.Page("A", "[site](https://example.org/a.md)\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"));

        Assert.Contains("href=\"https://example.org/a.md\"", page.BodyHtml);
        Assert.Contains("<table>", page.BodyHtml);
    }

    [Fact]
    public void A_table_scrolls_in_a_keyboard_reachable_region_named_by_the_heading_above_it()
    {
        var page = Parse("en/a.md", ContentFixture.Page("A", "| A | B |\n|---|---|\n| 1 | 2 |\n\n## The roles at a glance\n\nText.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"));

        Assert.Contains("<div class=\"table-frame\"><div class=\"table-scroll\" tabindex=\"0\">\n<table>", page.BodyHtml);
        Assert.Contains("<div class=\"table-frame\"><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"the-roles-at-a-glance\">\n<table>", page.BodyHtml);
        Assert.Equal(2, page.BodyHtml.Split("</table>\n</div></div>").Length - 1);
    }

    [Fact]
    public void A_file_without_front_matter_is_one_error_at_line_one()
    {
        var result = Parser.Parse(ContentPath.Parse("en/a.md"), "# Just markdown\n");

        Assert.Null(result.Page);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PMO001", 1, 1), (error.Code, error.Line, error.Column));
    }
}
