using PmoPlaybook.Cli.Serve;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Assets;
using PmoPlaybook.Generator.Changes;
using PmoPlaybook.Generator.Downloads;
using PmoPlaybook.Generator.Health;
using PmoPlaybook.Generator.Incremental;
using PmoPlaybook.Generator.LanguageRoot;
using PmoPlaybook.Generator.NotFound;
using PmoPlaybook.Generator.Pages;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Redirects;
using PmoPlaybook.Generator.Search;
using PmoPlaybook.Generator.Sitemap;
using PmoPlaybook.Generator.Tags;
using PmoPlaybook.Search.Querying;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

/// <summary>
/// For every step of every registered build feature: an edit to what the step reads, applied as `pmo serve`
/// applies it, and the step's output as it must be afterwards. A feature registered without a case here fails.
/// </summary>
public sealed class ServeRebuildTests : IDisposable
{
    private const string Template = """
        ---
        title: Risk log
        type: template
        summary: Every risk in one table.
        version: "1.0"
        template:
          formats: [xlsx, md]
          category: risk
        ---
        | Risk | Owner |
        | --- | --- |
        | Vendor late | Pace-keeper |
        """;

    private static readonly Dictionary<string, Func<ServeRebuildTests, Task>> Cases = new()
    {
        [nameof(PagesStep)] = t => t.A_body_edit_rewrites_the_page(),
        [nameof(ContentFilesStep)] = t => t.A_changed_or_deleted_file_is_published_or_removed(),
        [nameof(SitemapStep)] = t => t.A_new_section_reaches("sitemap.xml"),
        [nameof(NotFoundStep)] = t => t.A_new_section_reaches("404.html"),
        [nameof(SearchPageStep)] = t => t.A_new_section_reaches("en/search/index.html"),
        [nameof(ChangesStep)] = t => t.A_new_section_reaches("en/changes/index.html"),
        [nameof(ContentHealthStep)] = t => t.A_new_section_reaches("en/content-health/index.html"),
        [nameof(DownloadsStep)] = t => t.A_template_edit_makes_its_files_again(),
        [nameof(LanguageRootStep)] = t => t.A_site_yml_edit_reaches("index.html", "Renamed Playbook", ("Test Playbook", "Renamed Playbook")),
        [nameof(RedirectsStep)] = t => t.A_site_yml_edit_reaches("_redirects", "https://app.playbook.test/api/:splat", ("base_url:", "app_url: https://app.playbook.test/\nbase_url:")),
        [nameof(SearchIndexStep)] = t => t.The_search_index_follows_an_edit_once_edits_pause(),
        [nameof(TagPagesStep)] = t => t.A_tag_edit_makes_and_removes_tag_pages(),
    };

    /// <summary>Steps serve leaves alone, and why; they must not claim any change.</summary>
    private static readonly Dictionary<string, string> NotInServe = new()
    {
        [nameof(StaticSearchStep)] = "serve's app answers searches; Pagefind's index is for static deploys (BuildOutputTests build it)",
    };

    private readonly TempDirectory _temp = new();

    private string Content => _temp.Combine("content");

    private string Output => _temp.Combine("site");

    public static TheoryData<string> Steps => new(SiteGenerator.DefaultFeatures.Steps.Select(s => s.GetType().Name));

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Serve_rebuilds_what_each_step_writes_when_its_inputs_change(string step)
    {
        if (NotInServe.ContainsKey(step))
        {
            var builder = await StartAsync();
            var everything = new SiteChange(builder.Site, builder.Site, builder.Site.Pages, builder.Site.Pages, ["assets/logo.svg"]);
            Assert.False(SiteGenerator.DefaultFeatures.Steps.Single(s => s.GetType().Name == step).IsAffectedBy(everything));
            return;
        }
        Assert.True(Cases.TryGetValue(step, out var test), $"{step} has no case here: add what it reads and what it must write after an edit");
        await test(this);
    }

    private async Task<IncrementalBuilder> StartAsync()
    {
        ContentFixture.Write(Content,
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")),
            ("en/roles/a.md", ContentFixture.Page("Alpha", "First body.")),
            ("en/templates/risk-log.md", Template),
            ("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        var (builder, _) = await IncrementalBuilder.StartAsync(new BuildOptions(Content, Output, StaticSearch: false), IBuildLog.Silent);
        return builder;
    }

    private string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    private void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Content, path))!);
        File.WriteAllText(Path.Combine(Content, path), text);
    }

    private async Task A_body_edit_rewrites_the_page()
    {
        var builder = await StartAsync();
        Write("en/roles/a.md", ContentFixture.Page("Alpha", "Edited body."));

        var report = await builder.ApplyAsync(["en/roles/a.md"], themeChanged: false);

        Assert.False(report.Full);
        Assert.Contains("Edited body.", Read("en/roles/a/index.html"));
    }

    private async Task A_changed_or_deleted_file_is_published_or_removed()
    {
        var builder = await StartAsync();
        Write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>new</title></svg>");
        Write("assets/guide.pdf", "%PDF-1.7");

        var report = await builder.ApplyAsync(["assets/logo.svg", "assets/guide.pdf"], themeChanged: false);
        File.Delete(Path.Combine(Content, "assets", "guide.pdf"));
        await builder.ApplyAsync(["assets/guide.pdf"], themeChanged: false);

        Assert.False(report.Full);
        Assert.Contains("<title>new</title>", Read("assets/logo.svg"));
        Assert.False(File.Exists(Path.Combine(Output, "assets", "guide.pdf")));
    }

    private async Task A_new_section_reaches(string output)
    {
        var builder = await StartAsync();
        Assert.DoesNotContain("/en/kpis/", Read(output));
        Write("en/kpis/on-time.md", ContentFixture.Page("On-time delivery"));

        var report = await builder.ApplyAsync(["en/kpis/on-time.md"], themeChanged: false);

        Assert.False(report.Full);
        Assert.Contains("/en/kpis/", Read(output));
    }

    private async Task A_template_edit_makes_its_files_again()
    {
        var builder = await StartAsync();
        Assert.True(File.Exists(Path.Combine(Output, "en", "templates", "risk-log", "risk-log-v1.0.xlsx")));
        Write("en/templates/risk-log.md", Template.Replace("\"1.0\"", "\"1.1\"").Replace("| Risk | Owner |", "| Risk | Owner | Due |").Replace("| --- | --- |", "| --- | --- | --- |"));

        var report = await builder.ApplyAsync(["en/templates/risk-log.md"], themeChanged: false);

        Assert.False(report.Full);
        Assert.Contains("| Risk | Owner | Due |", Read("en/templates/risk-log/risk-log-v1.1.md"));
        Assert.True(File.Exists(Path.Combine(Output, "en", "templates", "risk-log", "risk-log-v1.1.xlsx")));
        Assert.False(File.Exists(Path.Combine(Output, "en", "templates", "risk-log", "risk-log-v1.0.xlsx")));
        // The gallery on the templates landing page links the new files too.
        Assert.Contains("risk-log-v1.1.xlsx", Read("en/templates/index.html"));
    }

    private async Task A_site_yml_edit_reaches(string output, string expected, (string From, string To) edit)
    {
        var builder = await StartAsync();
        Assert.DoesNotContain(expected, Read(output));
        Write("site.yml", ContentFixture.SiteYml.Replace(edit.From, edit.To));

        var report = await builder.ApplyAsync(["site.yml"], themeChanged: false);

        Assert.True(report.Full);
        Assert.Contains(expected, Read(output));
    }

    private async Task The_search_index_follows_an_edit_once_edits_pause()
    {
        var builder = await StartAsync();
        var index = Path.Combine(_temp.Path, "index");
        var refresher = new SearchIndexRefresher(index, builder.Site);
        using var search = new SearchIndex(index);
        Write("en/roles/a.md", ContentFixture.Page("Alpha", "Zeppelins carry the mail."));

        await builder.ApplyAsync(["en/roles/a.md"], themeChanged: false);
        refresher.Request(builder.Site);
        await refresher.IdleAsync();

        await Eventually.UntilAsync(() => search.Search(new SearchRequest("zeppelins", "en"))?.Total == 1, "the edited page is found");
    }

    private async Task A_tag_edit_makes_and_removes_tag_pages()
    {
        var builder = await StartAsync();
        Write("en/roles/a.md", ContentFixture.Page("Alpha", extra: "tags: [Årsplan]\n"));

        var report = await builder.ApplyAsync(["en/roles/a.md"], themeChanged: false);

        Assert.False(report.Full);
        Assert.Contains("Alpha", Read("en/tags/arsplan/index.html"));
        Assert.Contains("/en/tags/arsplan/", Read("en/tags/index.html"));
        Assert.Contains("/en/tags/arsplan/", Read("en/roles/a/index.html"));
        Assert.Contains("https://playbook.test/en/tags/arsplan/", Read("sitemap.xml"));

        Write("en/roles/a.md", ContentFixture.Page("Alpha", extra: "tags: [cadence]\n"));
        await builder.ApplyAsync(["en/roles/a.md"], themeChanged: false);

        Assert.False(File.Exists(Path.Combine(Output, "en", "tags", "arsplan", "index.html")));
        Assert.Contains("Alpha", Read("en/tags/cadence/index.html"));
        Assert.DoesNotContain("/en/tags/arsplan/", Read("sitemap.xml"));
    }
}
