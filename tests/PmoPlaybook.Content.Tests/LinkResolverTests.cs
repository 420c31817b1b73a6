using PmoPlaybook.Content.Markdown;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Tests;

public class LinkResolverTests
{
    private static readonly ContentPath Source = ContentPath.Parse("en/roles/balancer.md");

    [Theory]
    [InlineData("facilitator.md", "en/roles/facilitator.md", null)]
    [InlineData("../playbooks/intake.md#cost-of-delay", "en/playbooks/intake.md", "cost-of-delay")]
    [InlineData("./index.md", "en/roles/index.md", null)]
    [InlineData("../", "en/index.md", null)]
    [InlineData("../../sv/roles/balancer.md", "sv/roles/balancer.md", null)]
    [InlineData("../glossary.md#%C3%A5tg%C3%A4rd", "en/glossary.md", "åtgärd")]
    public void Resolves_relative_page_links(string written, string page, string? anchor) =>
        Assert.Equal(new LinkTarget.Page(page, anchor), LinkResolver.Resolve(Source, written));

    [Theory]
    [InlineData("https://example.org/x.md")]
    [InlineData("mailto:pmo@example.org")]
    [InlineData("//cdn.example.org/x.png")]
    [InlineData("/en/roles/")]
    [InlineData("")]
    public void Leaves_absolute_and_root_links_alone(string written) =>
        Assert.IsType<LinkTarget.External>(LinkResolver.Resolve(Source, written));

    [Fact]
    public void Same_page_anchors_and_files_and_escapes_are_told_apart()
    {
        Assert.Equal(new LinkTarget.SamePage("purpose"), LinkResolver.Resolve(Source, "#purpose"));
        Assert.Equal(new LinkTarget.File("assets/board.png"), LinkResolver.Resolve(Source, "../../assets/board.png"));
        Assert.IsType<LinkTarget.OutsideContent>(LinkResolver.Resolve(Source, "../../../secrets.txt"));
    }

    [Fact]
    public void Rewrites_to_clean_urls_under_the_base_path()
    {
        var config = SiteConfig.Default.WithBaseUrl("https://intranet.example.org/playbook/");

        Assert.Equal("/playbook/en/roles/facilitator/", LinkResolver.Rewrite(new LinkTarget.Page("en/roles/facilitator.md", null), config));
        Assert.Equal("/playbook/en/#top", LinkResolver.Rewrite(new LinkTarget.Page("en/index.md", "top"), config));
        Assert.Equal("/playbook/assets/board.png", LinkResolver.Rewrite(new LinkTarget.File("assets/board.png"), config));
        Assert.Null(LinkResolver.Rewrite(new LinkTarget.External(), config));
    }
}
