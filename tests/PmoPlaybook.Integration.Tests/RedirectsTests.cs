using PmoPlaybook.Content.Loading;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Redirects;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

/// <summary>The _redirects file Netlify reads from the published site, generated from site.yml.</summary>
public sealed class RedirectsTests : IDisposable
{
    private const string Languages = "languages: [en, sv]\n";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The rules only (no comments or blank lines), each split into its fields as Netlify does.</summary>
    private static string[][] RulesOf(string file) =>
        [.. file.Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static string[][] RulesFor(string siteYml) =>
        RulesOf(RedirectsStep.Rules(SiteConfigReader.Parse(siteYml).Config));

    [Fact]
    public void Without_an_app_url_only_the_language_redirects_are_written()
    {
        var rules = RulesFor("base_url: https://playbook.example.org/\n" + Languages + "app_url:\n");

        Assert.Equal(
            [
                ["/", "/en/", "302!", "Language=en"],
                ["/", "/sv/", "302!", "Language=sv"],
            ],
            rules);
    }

    [Fact]
    public void With_an_app_url_api_assessments_and_feedback_are_proxied_to_it_after_the_language_redirects()
    {
        var rules = RulesFor("base_url: https://playbook.example.org/\n" + Languages + "app_url: https://app.example.org/\n");

        Assert.Equal(
            [
                ["/", "/en/", "302!", "Language=en"],
                ["/", "/sv/", "302!", "Language=sv"],
                ["/api/*", "https://app.example.org/api/:splat", "200!"],
                ["/assessments/*", "https://app.example.org/assessments/:splat", "200!"],
                ["/feedback", "https://app.example.org/feedback", "200!"],
            ],
            rules);
    }

    [Fact]
    public void The_default_language_comes_first_and_a_base_path_prefixes_every_source()
    {
        var rules = RulesFor("base_url: https://intranet.example.org/pmo/\nlanguages: [en, sv]\ndefault_language: sv\napp_url: http://10.0.0.5:8080\n");

        Assert.Equal(["/pmo/", "/pmo/sv/", "302!", "Language=sv"], rules[0]);
        Assert.Equal(["/pmo/", "/pmo/en/", "302!", "Language=en"], rules[1]);
        Assert.Equal(["/pmo/api/*", "http://10.0.0.5:8080/api/:splat", "200!"], rules[2]);
    }

    [Fact]
    public async Task A_build_publishes_the_file_at_the_site_root_from_site_yml()
    {
        var content = ContentFixture.Write(_temp.Combine("content"),
            ("site.yml", ContentFixture.SiteYml + "\napp_url: https://app.example.org\n"),
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")));

        var result = await SiteGenerator.Default.BuildAsync(new BuildOptions(content, _temp.Combine("site"), StaticSearch: false), IBuildLog.Silent);

        Assert.True(result.Report.Published);
        var rules = RulesOf(File.ReadAllText(_temp.Combine("site", RedirectsStep.FileName)));
        Assert.Contains(["/api/*", "https://app.example.org/api/:splat", "200!"], rules);
        Assert.Contains(["/", "/sv/", "302!", "Language=sv"], rules);
    }

    [Fact]
    public async Task A_malformed_app_url_fails_the_build_with_PMO030_and_publishes_nothing()
    {
        var content = ContentFixture.Write(_temp.Combine("content"),
            ("site.yml", ContentFixture.SiteYml + "\napp_url: app.example.org\n"),
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")));

        var result = await SiteGenerator.Default.BuildAsync(new BuildOptions(content, _temp.Combine("site"), StaticSearch: false), IBuildLog.Silent);

        Assert.False(result.Report.Published);
        Assert.Contains(result.Report.Diagnostics, d => d.IsError && d.Code == "PMO030" && d.Message.Contains("app_url"));
        Assert.False(Directory.Exists(_temp.Combine("site")));
    }
}
