using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator.Incremental;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

public sealed class IncrementalBuilderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Content => _temp.Combine("content");

    private string Output => _temp.Combine("site");

    public void Dispose() => _temp.Dispose();

    private async Task<IncrementalBuilder> StartAsync()
    {
        ContentFixture.Write(Content,
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")),
            ("en/roles/a.md", ContentFixture.Page("Alpha", "First body.", order: 1)),
            ("en/roles/b.md", ContentFixture.Page("Beta", "Second body.", order: 2)),
            ("sv/roles/a.md", ContentFixture.Page("Alfa", order: 1)),
            ("sv/roles/b.md", ContentFixture.Page("Beta", order: 2)));
        var (builder, _) = await IncrementalBuilder.StartAsync(new BuildOptions(Content, Output), IBuildLog.Silent);
        return builder;
    }

    private string Html(string urlPath) => File.ReadAllText(Path.Combine(Output, urlPath.Trim('/'), "index.html"));

    private void Edit(string path, string text) => File.WriteAllText(Path.Combine(Content, path), text);

    [Fact]
    public async Task A_body_edit_renders_only_that_page()
    {
        var builder = await StartAsync();
        Edit("en/roles/a.md", ContentFixture.Page("Alpha", "Edited body.", order: 1));

        var report = await builder.ApplyAsync(["en/roles/a.md"], themeChanged: false);

        Assert.Equal((1, false), (report.PagesRendered, report.Full));
        Assert.Contains("Edited body.", Html("/en/roles/a/"));
    }

    [Fact]
    public async Task A_title_edit_updates_the_navigation_of_the_other_pages()
    {
        var builder = await StartAsync();
        Edit("en/roles/a.md", ContentFixture.Page("Alpha renamed", "First body.", order: 1));

        var report = await builder.ApplyAsync(["en/roles/a.md"], themeChanged: false);

        Assert.True(report.PagesRendered > 1);
        Assert.Contains("Alpha renamed", Html("/en/roles/b/"));
        Assert.Contains("Alpha renamed", Html("/en/roles/"));
    }

    [Fact]
    public async Task A_title_edit_renders_its_folder_and_translations_not_the_whole_language()
    {
        var builder = await StartAsync();
        ContentFixture.Write(Content, ("en/other/c.md", ContentFixture.Page("Gamma")), ("sv/other/c.md", ContentFixture.Page("Gamma")));
        await builder.ApplyAsync(["en/other/c.md", "sv/other/c.md"], themeChanged: false);
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(Output, "en", "other", "c", "index.html"));
        Edit("en/roles/a.md", ContentFixture.Page("Alpha renamed", "First body.", order: 1));

        var report = await builder.ApplyAsync(["en/roles/a.md"], themeChanged: false);

        // en/roles: a, b and the generated landing page; sv/roles/a for its language switcher.
        Assert.Equal(4, report.PagesRendered);
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(Output, "en", "other", "c", "index.html")));
        Assert.Contains("Alpha renamed", Html("/en/roles/"));
    }

    [Fact]
    public async Task A_new_page_in_a_new_folder_and_a_deleted_page_are_reflected()
    {
        var builder = await StartAsync();
        ContentFixture.Write(Content, ("en/kpis/on-time.md", ContentFixture.Page("On-time delivery")));
        File.Delete(Path.Combine(Content, "en/roles/b.md"));

        await builder.ApplyAsync(["en/kpis/on-time.md", "en/roles/b.md"], themeChanged: false);

        Assert.Contains("On-time delivery", Html("/en/kpis/on-time/"));
        Assert.Contains("/en/kpis/on-time/", Html("/en/kpis/"));
        Assert.False(Directory.Exists(Path.Combine(Output, "en", "roles", "b")));
        Assert.DoesNotContain("/en/roles/b/", Html("/en/roles/a/"));
        Assert.Contains("/en/kpis/on-time/", File.ReadAllText(Path.Combine(Output, "sitemap.xml")));
    }

    [Fact]
    public async Task A_broken_edit_is_reported_and_the_last_good_page_stays_served()
    {
        var builder = await StartAsync();
        Edit("en/roles/a.md", "---\ntitle: [broken\n---\nBody\n");

        var broken = await builder.ApplyAsync(["en/roles/a.md"], themeChanged: false);
        Edit("en/roles/a.md", ContentFixture.Page("Alpha", "Fixed body.", order: 1));
        var fixedReport = await builder.ApplyAsync(["en/roles/a.md"], themeChanged: false);

        Assert.Contains(broken.Diagnostics, d => d is { Path: "en/roles/a.md", Code: DiagnosticCodes.MalformedYaml });
        Assert.DoesNotContain(fixedReport.Diagnostics, d => d.IsError);
        Assert.Contains("Fixed body.", Html("/en/roles/a/"));
    }

    [Fact]
    public async Task A_site_yml_change_rebuilds_everything()
    {
        var builder = await StartAsync();
        Edit("site.yml", ContentFixture.SiteYml.Replace("Test Playbook", "Renamed Playbook"));

        var report = await builder.ApplyAsync(["site.yml"], themeChanged: false);

        Assert.True(report.Full);
        Assert.Contains("Renamed Playbook", Html("/en/roles/b/"));
    }
}
