using System.Text.Json;
using System.Text.RegularExpressions;
using PmoPlaybook.Content.Authoring;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

public class CliTests
{
    [Fact]
    public async Task Check_finds_every_planted_error_at_its_file_and_line()
    {
        var fixture = RepositoryPaths.Fixture("broken");

        var result = await Pmo.RunAsync(fixture, "check", "--content", ".");

        Assert.Equal(1, result.ExitCode);
        var expected = await File.ReadAllLinesAsync(Path.Combine(fixture, "expected.txt"));
        Assert.Equal(expected, result.Lines.Where(l => !l.StartsWith("Checked", StringComparison.Ordinal)));
        Assert.Contains("error(s)", result.Lines[^1]);
        Assert.DoesNotContain("Exception", result.Output + result.Error);
    }

    [Fact]
    public async Task Check_finds_no_errors_in_the_real_content_and_the_core_pages_are_translated()
    {
        var result = await Pmo.RunAsync(RepositoryPaths.Root, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Checked \d+ pages: 0 error\(s\), \d+ warning\(s\)\.$", result.Lines[^1]);
        // What must exist in Swedish: home, the role guides, PMO types, the setup playbook, onboarding, glossary.
        string[] mustBeTranslated = ["content/en/index.md", "content/en/roles/", "content/en/about/pmo-types.md",
            "content/en/playbooks/setting-up-a-pmo.md", "content/en/onboarding.md", "content/en/glossary.md"];
        Assert.DoesNotContain(result.Lines, l => l.Contains("PMO021") && mustBeTranslated.Any(p => l.StartsWith(p, StringComparison.Ordinal)));
        // PMO025 (past review date) comes with time, not with a change: it nags the page's owner, not this test.
        Assert.DoesNotContain(result.Lines, l => l.Contains(" warning ") && !l.Contains("PMO021") && !l.Contains("PMO025"));

        var playbooks = Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "en", "playbooks"), "*.md").Select(Path.GetFileName).ToArray();
        var translated = playbooks.Count(p => File.Exists(Path.Combine(RepositoryPaths.Content, "sv", "playbooks", p!)));
        Assert.True(translated * 2 >= playbooks.Length, $"{translated} of {playbooks.Length} playbooks are in Swedish");
    }

    [Fact]
    public async Task Check_speaks_json_and_github_annotations()
    {
        var fixture = RepositoryPaths.Fixture("broken");

        var json = await Pmo.RunAsync(fixture, "check", "--content", ".", "--format", "json");
        var github = await Pmo.RunAsync(fixture, "check", "--content", ".", "--format", "github");

        Assert.Equal((1, 1), (json.ExitCode, github.ExitCode));
        using var document = JsonDocument.Parse(json.Output);
        var first = document.RootElement.EnumerateArray().First(e => e.GetProperty("code").GetString() == "PMO010");
        Assert.Equal(("en/roles/links.md", 8, 3, "error"), (first.GetProperty("path").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("severity").GetString()));
        Assert.Contains("::error file=en/roles/links.md,line=8,col=3,title=PMO010::broken link 'ghost.md': en/roles/ghost.md does not exist", github.Lines);
        Assert.Contains(github.Lines, l => l.StartsWith("::warning file=en/Bad Name.md,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_prints_progress_and_a_closing_line_and_writes_the_site()
    {
        using var temp = new TempDirectory();

        var result = await Pmo.RunAsync(RepositoryPaths.Root, "build", "--output", temp.Combine("site"));

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(new Regex(@"^Built \d+ pages \(en \d+, sv \d+\) in \d+\.\d\d s$"), result.Lines[^1]);
        Assert.True(File.Exists(temp.Combine("site", "en", "roles", "pace-keeper", "index.html")));
        Assert.True(File.Exists(temp.Combine("site", "sitemap.xml")));
    }

    [Fact]
    public async Task A_build_with_content_errors_exits_1_and_leaves_the_previous_site_alone()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "previous.txt"), "the site that was live");

        var result = await Pmo.RunAsync(RepositoryPaths.Fixture("broken"), "build", "--content", ".", "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Lines, l => l.StartsWith("en/roles/links.md:8:3: error PMO010", StringComparison.Ordinal));
        Assert.Contains("left unchanged", result.Lines[^1]);
        Assert.Equal(["previous.txt"], Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Empty(Directory.GetDirectories(temp.Path, "site.staging*"));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("build", "--no-such-option")]
    [InlineData("check", "--format", "xml")]
    [InlineData("new", "recipe", "x")]
    [InlineData("build", "--base-url", "not a url")]
    public async Task Usage_errors_exit_2_without_a_stack_trace(params string[] args)
    {
        var result = await Pmo.RunAsync(RepositoryPaths.Root, args);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Output + result.Error);
    }

    [Fact]
    public async Task A_missing_content_folder_is_a_clear_usage_error()
    {
        var result = await Pmo.RunAsync(RepositoryPaths.Root, "check", "--content", "no-such-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("content folder 'no-such-folder' does not exist", result.Error);
    }

    [Fact]
    public async Task New_scaffolds_a_page_that_passes_check_once_its_summary_is_written_and_never_overwrites()
    {
        using var temp = new TempDirectory();
        ContentFixture.Write(temp.Path,
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")));

        var created = await Pmo.RunAsync(temp.Path, "new", "template", "risk-register", "--content", ".");
        var again = await Pmo.RunAsync(temp.Path, "new", "template", "risk-register", "--content", ".");
        var badSlug = await Pmo.RunAsync(temp.Path, "new", "role", "Bad Slug", "--content", ".");
        var placeholder = await Pmo.RunAsync(temp.Path, "check", "--content", ".");
        var file = temp.Combine("en", "templates", "risk-register.md");
        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, text.Replace(PageScaffold.Summary, "Lists the risks that could stop the work, with their owners.", StringComparison.Ordinal));
        var written = await Pmo.RunAsync(temp.Path, "check", "--content", ".");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("title: Risk register", text);
        Assert.Contains("type: template", text);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal(2, badSlug.ExitCode);
        Assert.Equal(1, placeholder.ExitCode);
        var error = Assert.Single(placeholder.Lines, l => l.Contains(" error "));
        Assert.StartsWith("en/templates/risk-register.md:4:10: error PMO008: 'summary' is still the placeholder", error, StringComparison.Ordinal);
        Assert.Equal(0, written.ExitCode);
        Assert.Contains(written.Lines, l => l.Contains("PMO021") && l.StartsWith("en/templates/risk-register.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_assessment_writes_a_definition_that_builds_into_a_page_per_language()
    {
        using var temp = new TempDirectory();
        ContentFixture.Write(temp.Path,
            ("site.yml", ContentFixture.SiteYml),
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")));

        var created = await Pmo.RunAsync(temp.Path, "new", "assessment", "team-health", "--content", ".");
        var nested = await Pmo.RunAsync(temp.Path, "new", "assessment", "a/b", "--content", ".");
        var reserved = await Pmo.RunAsync(temp.Path, "new", "assessment", "dashboard", "--content", ".");
        var build = await Pmo.RunAsync(temp.Path, "build", "--content", ".", "--output", "out/site", "--no-static-search");

        Assert.Equal(0, created.ExitCode);
        Assert.True(File.Exists(temp.Combine("assessments", "team-health.yml")));
        Assert.Equal(2, nested.ExitCode);
        Assert.Equal(2, reserved.ExitCode);
        Assert.False(File.Exists(temp.Combine("assessments", "dashboard.yml")));
        Assert.Equal(0, build.ExitCode);
        Assert.True(File.Exists(temp.Combine("out", "site", "en", "assessments", "team-health", "index.html")));
        Assert.True(File.Exists(temp.Combine("out", "site", "sv", "assessments", "team-health", "index.html")));
    }

    [Fact]
    public async Task Dashboard_key_prints_a_new_key_and_the_hash_setting_that_matches_it()
    {
        var first = await Pmo.RunAsync(RepositoryPaths.Root, "dashboard-key");
        var second = await Pmo.RunAsync(RepositoryPaths.Root, "dashboard-key");

        Assert.Equal(0, first.ExitCode);
        var key = first.Lines[0][(first.Lines[0].LastIndexOf(' ') + 1)..];
        var setting = first.Lines.Single(l => l.StartsWith("Dashboard__AccessKeyHash=", StringComparison.Ordinal));
        Assert.Equal($"Dashboard__AccessKeyHash={Web.Dashboard.AccessKey.Hash(key)}", setting);
        Assert.True(Web.Dashboard.AccessKey.Matches(key, setting.Split('=')[1]));
        Assert.Matches("^[A-Za-z0-9_-]{43}$", key);
        Assert.NotEqual(first.Lines[0], second.Lines[0]);
    }

    [Fact]
    public async Task Serve_builds_and_runs_the_app_over_the_content_it_was_given()
    {
        using var temp = new TempDirectory();
        ContentFixture.Write(temp.Combine("content"),
            ("site.yml", ContentFixture.SiteYml),
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")));
        Assert.Equal(0, (await Pmo.RunAsync(temp.Path, "new", "assessment", "team-health", "--content", "content")).ExitCode);

        // Run from another folder: the app must read the assessments of --content, not of the current folder.
        await using var serve = await ServerProcess.StartAsync("pmo.dll",
            ["serve", "--content", temp.Combine("content"), "--output", temp.Combine("out", "site"), "--urls", "http://127.0.0.1:{port}"],
            workingDirectory: RepositoryPaths.Root);

        var list = await serve.Client.GetStringAsync("/api/assessments");
        using var form = await serve.Client.GetAsync("/assessments/team-health?lang=sv");
        var page = await serve.Client.GetStringAsync("/en/assessments/team-health/");

        Assert.Contains("\"id\":\"team-health\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("pmo-maturity", list, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("/_pmo/livereload", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_updates_the_search_index_in_place_after_an_edit()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        ContentFixture.Write(content,
            ("site.yml", ContentFixture.SiteYml),
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")),
            ("en/playbooks/risk.md", ContentFixture.Page("Risk management", "Score each risk by likelihood and impact.", type: "playbook")));
        await using var serve = await ServerProcess.StartAsync("pmo.dll",
            ["serve", "--content", content, "--output", temp.Combine("out", "site"), "--urls", "http://127.0.0.1:{port}"]);
        Assert.Equal(1, await TotalAsync(serve, "likelihood"));

        File.WriteAllText(Path.Combine(content, "en", "playbooks", "risk.md"), ContentFixture.Page("Risk management", "Score each risk by probability and consequence.", type: "playbook"));
        File.WriteAllText(Path.Combine(content, "en", "playbooks", "change.md"), ContentFixture.Page("Change control", "Every change request gets a decision within a week.", type: "playbook"));

        await Eventually.UntilAsync(async () => await TotalAsync(serve, "probability") == 1 && await TotalAsync(serve, "decision") == 1,
            "the edit reaches search", TimeSpan.FromSeconds(30));
        Assert.Equal(0, await TotalAsync(serve, "likelihood"));

        File.Delete(Path.Combine(content, "en", "playbooks", "change.md"));

        await Eventually.UntilAsync(async () => await TotalAsync(serve, "decision") == 0, "a deleted page leaves search", TimeSpan.FromSeconds(30));
        Assert.Equal(1, await TotalAsync(serve, "probability"));
        Assert.Contains(serve.Output, line => line.StartsWith("Search index updated:", StringComparison.Ordinal));
        Assert.DoesNotContain(serve.Output, line => line.StartsWith("Search index rebuilt", StringComparison.Ordinal));
    }

    private static async Task<int> TotalAsync(ServerProcess server, string query)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync($"/api/search?q={query}&lang=en"));
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
