using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

public sealed class BuildOutputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<BuildResult> BuildAsync(string? baseUrl = null, params (string, string)[] files)
    {
        ContentFixture.Write(_temp.Combine("content"), files);
        return SiteGenerator.Default.BuildAsync(new BuildOptions(_temp.Combine("content"), _temp.Combine("site"), baseUrl), IBuildLog.Silent);
    }

    private string Read(params string[] path) => File.ReadAllText(_temp.Combine(["site", .. path]));

    [Fact]
    public async Task Images_and_downloads_are_copied_and_linked_at_their_published_path()
    {
        var result = await BuildAsync(null,
            ("en/index.md", ContentFixture.Page("Home", "![Board](../assets/board.svg)\n\n[Checklist](roles/checklist.pdf)")),
            ("en/roles/checklist.pdf", "%PDF-1.4"),
            ("assets/board.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            ("assets/custom.css", "body { }"),
            ("sv/index.md", ContentFixture.Page("Start")));

        Assert.True(result.Report.Published);
        Assert.Contains("src=\"/assets/board.svg\"", Read("en", "index.html"));
        Assert.Contains("href=\"/en/roles/checklist.pdf\"", Read("en", "index.html"));
        Assert.Equal("%PDF-1.4", Read("en", "roles", "checklist.pdf"));
        Assert.Matches("href=\"/assets/custom.css\\?v=[0-9a-f]{10}\"", Read("en", "index.html"));
        Assert.False(File.Exists(_temp.Combine("site", "site.yml")));
        Assert.False(File.Exists(_temp.Combine("site", "en", "index.md")));
    }

    [Fact]
    public async Task A_base_url_with_a_path_prefixes_every_link_and_absolute_url()
    {
        var result = await BuildAsync("https://intranet.example.org/pmo/",
            ("en/index.md", ContentFixture.Page("Home", "[Roles](roles/index.md)")),
            ("en/roles/index.md", ContentFixture.Page("Roles")),
            ("sv/index.md", ContentFixture.Page("Start")),
            ("sv/roles/index.md", ContentFixture.Page("Roller")));

        var home = Read("en", "index.html");
        Assert.True(result.Report.Published);
        Assert.Contains("href=\"/pmo/en/roles/\"", home);
        Assert.Contains("href=\"/pmo/assets/theme/theme.css?v=", home);
        Assert.Contains("<link rel=\"canonical\" href=\"https://intranet.example.org/pmo/en/\"", home);
        Assert.Contains("<loc>https://intranet.example.org/pmo/sv/roles/</loc>", Read("sitemap.xml"));
    }

    [Fact]
    public async Task A_missing_translation_shows_the_original_with_a_notice_never_a_dead_link()
    {
        await BuildAsync(null,
            ("en/index.md", ContentFixture.Page("Home")),
            ("en/only.md", ContentFixture.Page("Only English", "The English text.")),
            ("sv/index.md", ContentFixture.Page("Start")));

        var english = Read("en", "only", "index.html");
        var standIn = Read("sv", "only", "index.html");
        Assert.Contains("<a href=\"/sv/only/\" hreflang=\"sv\" lang=\"sv\" title=\"inte översatt än\">Svenska</a>", english);
        Assert.DoesNotContain("hreflang=\"sv\" href=", english);
        Assert.Contains("<html lang=\"sv\">", standIn);
        Assert.Contains("Den här sidan finns inte på svenska än. Här är den på English.", standIn);
        Assert.Contains("<div class=\"prose\" lang=\"en\">", standIn);
        Assert.Contains("The English text.", standIn);
        Assert.Contains("<link rel=\"canonical\" href=\"https://playbook.test/en/only/\"", standIn);
        Assert.Contains("href=\"/sv/only/\"", Read("sv", "index.html"));
        Assert.DoesNotContain("/sv/only/", Read("sitemap.xml"));
    }
}
