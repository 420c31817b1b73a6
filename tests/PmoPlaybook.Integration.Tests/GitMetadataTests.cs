using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Incremental;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

/// <summary>
/// A small playbook in a Git repository with scripted commits (two authors, fixed dates, a rename, a
/// removal), built with the clock stopped on 1 June 2026.
/// </summary>
public sealed class GitSiteFixture : IAsyncLifetime
{
    public const string Repository = "https://github.com/example/playbook";

    public static readonly FixedClock Clock = new(2026, 6, 1);

    private static readonly string SiteYml = ContentFixture.SiteYml + $"\nrepository:\n  url: {Repository}\n  branch: main\n";

    private readonly HtmlParser _parser = new();
    private readonly TempDirectory _output = new("pmo-git-site");

    public GitRepository Repo { get; } = new();

    /// <summary>The commits, oldest first.</summary>
    public IReadOnlyList<string> Commits { get; private set; } = [];

    public BuildResult Result { get; private set; } = default!;

    public string Output => _output.Combine("site");

    public string Content => Repo.Combine("content");

    public async Task InitializeAsync()
    {
        Commits = Script(Repo);
        Result = await SiteGenerator.Default.BuildAsync(new BuildOptions(Content, Output, StaticSearch: false, Clock: Clock), IBuildLog.Silent);
    }

    /// <summary>Ann writes the first pages; Bo edits; Ann moves a guide; Bo removes a page; Ann edits the Swedish lead.</summary>
    public static string[] Script(GitRepository repo)
    {
        repo.Write(
            ("content/site.yml", SiteYml),
            ("content/en/index.md", ContentFixture.Page("Home")),
            ("content/sv/index.md", ContentFixture.Page("Start")),
            ("content/en/roles/lead.md", ContentFixture.Page("Lead", "Leads.", type: "role", extra: "owner: PMO office\nreview_by: 2026-01-31\n")),
            ("content/sv/roles/lead.md", ContentFixture.Page("Ledare", "Leder.", type: "role", extra: "owner: PMO-kontoret\nreview_by: 2027-01-31\n")),
            ("content/en/roles/old-guide.md", ContentFixture.Page("Onboarding guide", "Welcome.", type: "guide")),
            // Long enough that Git does not take its removal and a new small page for a rename.
            ("content/en/retired.md", ContentFixture.Page("Retired", string.Join('\n', Enumerable.Range(1, 20).Select(i => $"Old rule {i}.")))),
            ("content/sv/retired.md", ContentFixture.Page("Pensionerad", string.Join('\n', Enumerable.Range(1, 20).Select(i => $"Gammal regel {i}.")))));
        var first = repo.Commit("Ann Andersson", "Add home pages, the lead role and a guide", new(2025, 1, 10, 9, 0, 0, TimeSpan.FromHours(1)));
        repo.Write(("content/en/roles/lead.md", ContentFixture.Page("Lead", "Leads, and decides.", type: "role", extra: "owner: PMO office\nreview_by: 2026-01-31\n")));
        var second = repo.Commit("Bo Berg", "Clarify the lead's duties", new(2025, 2, 14, 16, 30, 0, TimeSpan.FromHours(1)));
        repo.Write(("content/en/roles/old-guide.md", ContentFixture.Page("Onboarding guide", "Welcome aboard.", type: "guide")));
        var third = repo.Commit("Bo Berg", "Tidy the guide", new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(1)));
        repo.Move("content/en/roles/old-guide.md", "content/en/guides/onboarding.md");
        repo.Write(("content/sv/guides/onboarding.md", ContentFixture.Page("Introduktion", "Välkommen.", type: "guide")));
        var fourth = repo.Commit("Ann Andersson", "Move the onboarding guide to guides/", new(2026, 4, 1, 11, 0, 0, TimeSpan.FromHours(2)));
        repo.Remove("content/en/retired.md").Remove("content/sv/retired.md");
        repo.Write(("content/en/only-english.md", ContentFixture.Page("Only English")));
        var fifth = repo.Commit("Bo Berg", "Retire a page; add an English-only page", new(2026, 5, 5, 8, 15, 0, TimeSpan.FromHours(2)));
        repo.Write(("content/sv/roles/lead.md", ContentFixture.Page("Ledare", "Leder och beslutar.", type: "role", extra: "owner: PMO-kontoret\nreview_by: 2027-01-31\n")));
        var sixth = repo.Commit("Ann Andersson", "Förtydliga ledarens ansvar", new(2026, 5, 20, 14, 0, 0, TimeSpan.FromHours(2)));
        return [first, second, third, fourth, fifth, sixth];
    }

    public IDocument Page(string urlPath) =>
        _parser.ParseDocument(File.ReadAllText(Path.Combine(Output, urlPath.Trim('/'), "index.html")));

    public Task DisposeAsync()
    {
        Repo.Dispose();
        _output.Dispose();
        return Task.CompletedTask;
    }
}

public class GitMetadataTests(GitSiteFixture site) : IClassFixture<GitSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void The_build_reads_the_history_and_passes_its_checks_but_the_overdue_review()
    {
        Assert.True(site.Result.Report.Published);
        Assert.True(site.Result.Snapshot.History.IsAvailable);
        var warning = Assert.Single(site.Result.Report.Diagnostics, d => d.Code != "PMO021");
        Assert.Equal(("en/roles/lead.md", 6, "PMO025"), (warning.Path, warning.Line, warning.Code));
    }

    [Fact]
    public void An_english_page_shows_its_last_update_contributors_owner_and_repository_links()
    {
        var info = site.Page("/en/roles/lead/").QuerySelector("article footer.page-info")!;

        Assert.Equal("Last updated 14 February 2025 by Bo Berg", Text(info.QuerySelector(".page-info__updated")!));
        Assert.Equal("2025-02-14T16:30:00+01:00", info.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Contributors: Bo Berg, Ann Andersson", Text(info.QuerySelector(".page-info__contributors")!));
        Assert.Equal("Owner: PMO office · Review by: 31 January 2026", Text(info.QuerySelector(".page-info__owner")!));
        Assert.Equal($"{GitSiteFixture.Repository}/edit/main/content/en/roles/lead.md", info.QuerySelector("a.page-info__edit")!.GetAttribute("href"));
        Assert.Equal($"{GitSiteFixture.Repository}/commits/main/content/en/roles/lead.md", info.QuerySelector("a.page-info__history")!.GetAttribute("href"));
        Assert.Equal("Edit this page", info.QuerySelector("a.page-info__edit")!.TextContent);
    }

    [Fact]
    public void A_swedish_page_speaks_swedish_and_links_to_its_own_file()
    {
        var info = site.Page("/sv/roles/lead/").QuerySelector("article footer.page-info")!;

        Assert.Equal("Senast ändrad 20 maj 2026 av Ann Andersson", Text(info.QuerySelector(".page-info__updated")!));
        Assert.Equal("Ägare: PMO-kontoret · Granskas senast: 31 januari 2027", Text(info.QuerySelector(".page-info__owner")!));
        Assert.Equal($"{GitSiteFixture.Repository}/edit/main/content/sv/roles/lead.md", info.QuerySelector("a.page-info__edit")!.GetAttribute("href"));
        Assert.Equal($"{GitSiteFixture.Repository}/commits/main/content/sv/roles/lead.md", info.QuerySelector("a.page-info__history")!.GetAttribute("href"));
        Assert.Equal("Redigera sidan", info.QuerySelector("a.page-info__edit")!.TextContent);
    }

    [Fact]
    public void A_moved_page_keeps_the_contributors_from_before_its_move()
    {
        var info = site.Page("/en/guides/onboarding/").QuerySelector("footer.page-info")!;

        Assert.Equal("Last updated 1 April 2026 by Ann Andersson", Text(info.QuerySelector(".page-info__updated")!));
        Assert.Equal("Contributors: Ann Andersson, Bo Berg", Text(info.QuerySelector(".page-info__contributors")!));
        Assert.Equal(3, site.Result.Snapshot.History.For("en/guides/onboarding.md")!.CommitCount);
    }

    [Fact]
    public void No_page_shows_an_email_address()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html") || f.EndsWith(".xml")))
        {
            Assert.DoesNotContain("@example.org", File.ReadAllText(file));
        }
    }

    [Fact]
    public void What_changed_lists_this_languages_commits_newest_first_with_their_pages()
    {
        var page = site.Page("/en/changes/");
        var changes = page.QuerySelectorAll(".changes__list > li.change").ToArray();

        Assert.Equal("What changed", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["Retire a page; add an English-only page", "Move the onboarding guide to guides/", "Tidy the guide", "Clarify the lead's duties",
            "Add home pages, the lead role and a guide"], changes.Select(c => c.QuerySelector("h2")!.TextContent));
        var newest = changes[0];
        Assert.Equal("commit-" + site.Commits[4], newest.Id);
        Assert.Contains("5 May 2026", newest.QuerySelector(".change__meta")!.TextContent);
        Assert.Contains("Bo Berg", newest.QuerySelector(".change__meta")!.TextContent);
        Assert.Equal($"{GitSiteFixture.Repository}/commit/{site.Commits[4]}", newest.QuerySelector(".change__meta a")!.GetAttribute("href"));
        Assert.Equal(["/en/only-english/"], newest.QuerySelectorAll(".change__pages a").Select(a => a.GetAttribute("href")));
        Assert.Equal("en/retired.md (removed)", newest.QuerySelector(".change__file")!.TextContent);
        // Before the move the guide was en/roles/old-guide.md: its entry links to where it is now.
        Assert.Equal(["Onboarding guide"], changes[2].QuerySelectorAll(".change__pages a").Select(a => a.TextContent));
        Assert.Equal("/en/guides/onboarding/", changes[2].QuerySelector(".change__pages a")!.GetAttribute("href"));
        Assert.Equal("/en/content-health/", page.QuerySelector(".changes__links a[href$='content-health/']")!.GetAttribute("href"));

        var swedish = site.Page("/sv/changes/");
        Assert.Equal("Förtydliga ledarens ansvar", swedish.QuerySelector(".change h2")!.TextContent);
        Assert.Equal(4, swedish.QuerySelectorAll(".change").Length);
    }

    [Fact]
    public void Every_page_advertises_the_feed_and_links_what_changed_from_its_footer()
    {
        foreach (var (path, language) in new[] { ("/en/roles/lead/", "en"), ("/sv/", "sv"), ("/en/changes/", "en") })
        {
            var page = site.Page(path);
            Assert.Equal($"/{language}/changes/atom.xml", page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
            Assert.Equal($"/{language}/changes/", page.QuerySelector("footer.site-footer a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_atom_feed_is_valid_atom_with_absolute_urls()
    {
        var feed = XDocument.Load(Path.Combine(site.Output, "en", "changes", "atom.xml")).Root!;
        var entries = feed.Elements(Atom + "entry").ToArray();

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("en", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("https://playbook.test/en/changes/", feed.Element(Atom + "id")!.Value);
        Assert.Equal("What changed · Test Playbook", feed.Element(Atom + "title")!.Value);
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 8, 15, 0, TimeSpan.FromHours(2)), DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value));
        Assert.Equal("https://playbook.test/en/changes/atom.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);

        Assert.Equal(5, entries.Length);
        Assert.Equal(entries.Length, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        foreach (var entry in entries)
        {
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            Assert.NotEmpty(entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
            var link = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
            Assert.True(Uri.IsWellFormedUriString(link, UriKind.Absolute), link);
        }
        var newest = entries[0];
        Assert.Equal($"https://playbook.test/en/changes/#commit-{site.Commits[4]}", newest.Element(Atom + "id")!.Value);
        Assert.Equal("Retire a page; add an English-only page", newest.Element(Atom + "title")!.Value);
        Assert.Equal("Bo Berg", newest.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("https://playbook.test/en/only-english/", newest.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "related").Attribute("href")!.Value);
    }

    [Fact]
    public void Content_health_lists_overdue_unowned_untranslated_and_unchanged_pages()
    {
        var page = site.Page("/en/content-health/");

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.DoesNotContain(page.QuerySelectorAll(".sidenav a"), a => a.GetAttribute("href")!.Contains("content-health"));

        var overdue = page.QuerySelectorAll("#past-review tbody tr").ToArray();
        Assert.Equal(["Lead content/en/roles/lead.md", "31 January 2026", "PMO office"], Assert.Single(overdue).QuerySelectorAll("td").Select(Text));

        Assert.Equal(["/en/", "/en/guides/onboarding/", "/en/only-english/"],
            page.QuerySelectorAll("#without-owner li a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));

        var gap = Assert.Single(page.QuerySelectorAll("#missing-translations tbody tr"));
        Assert.Equal(["Only English content/en/only-english.md", "English", "Svenska"], gap.QuerySelectorAll("td").Select(Text));

        // Unchanged since before 1 June 2025: the home page (January 2025) and the lead (February 2025), oldest first.
        Assert.Contains("1 June 2025", page.QuerySelector("#unchanged h2")!.TextContent);
        Assert.Equal(["/en/", "/en/roles/lead/"], page.QuerySelectorAll("#unchanged tbody tr a").Select(a => a.GetAttribute("href")));

        var swedish = site.Page("/sv/content-health/");
        Assert.Empty(swedish.QuerySelectorAll("#past-review tbody tr"));
        Assert.Equal("Innehållsstatus", swedish.QuerySelector("main h1")!.TextContent);
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Git metadata where there is none, and through serve's incremental rebuilds.</summary>
public sealed class GitMetadataFallbackTests
{
    [Fact]
    public async Task Content_outside_git_builds_with_edit_links_and_no_dates()
    {
        using var temp = new TempDirectory();
        ContentFixture.Write(temp.Combine("content"),
            ("site.yml", ContentFixture.SiteYml + "\nrepository:\n  url: https://github.com/example/playbook\n  branch: main\n"),
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")),
            ("en/a.md", ContentFixture.Page("A")),
            ("sv/a.md", ContentFixture.Page("A")));

        var result = await Pmo.RunAsync(temp.Path, "build", "--content", "content", "--output", "site", "--no-static-search");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Lines, l => l.Contains("No Git history (content is not in a Git repository)", StringComparison.Ordinal));
        var parser = new HtmlParser();
        var page = parser.ParseDocument(await File.ReadAllTextAsync(temp.Combine("site", "sv", "a", "index.html")));
        Assert.Null(page.QuerySelector(".page-info__updated"));
        Assert.Equal("https://github.com/example/playbook/edit/main/content/sv/a.md", page.QuerySelector("a.page-info__edit")!.GetAttribute("href"));
        var changes = parser.ParseDocument(await File.ReadAllTextAsync(temp.Combine("site", "en", "changes", "index.html")));
        Assert.NotNull(changes.QuerySelector("main .notice"));
        var feed = XDocument.Load(temp.Combine("site", "en", "changes", "atom.xml")).Root!;
        Assert.Empty(feed.Elements(XNamespace.Get("http://www.w3.org/2005/Atom") + "entry"));
        Assert.NotNull(feed.Element(XNamespace.Get("http://www.w3.org/2005/Atom") + "updated"));
    }

    [Fact]
    public async Task Without_a_repository_in_site_yml_there_are_no_edit_links()
    {
        using var temp = new TempDirectory();
        ContentFixture.Write(temp.Path, ("en/index.md", ContentFixture.Page("Home")), ("en/a.md", ContentFixture.Page("A")));

        var result = await SiteGenerator.Default.BuildAsync(new BuildOptions(temp.Path, temp.Combine("out", "site"), StaticSearch: false), IBuildLog.Silent);

        Assert.True(result.Report.Published);
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(temp.Combine("out", "site", "en", "a", "index.html")));
        Assert.Null(page.QuerySelector(".page-info"));
    }

    [Fact]
    public async Task An_incremental_rebuild_keeps_the_history_of_the_full_build()
    {
        using var repo = new GitRepository();
        GitSiteFixture.Script(repo);
        using var output = new TempDirectory();
        var options = new BuildOptions(repo.Combine("content"), output.Combine("site"), StaticSearch: false, Clock: GitSiteFixture.Clock);
        var (builder, _) = await IncrementalBuilder.StartAsync(options, IBuildLog.Silent);
        await File.WriteAllTextAsync(repo.Combine("content", "en", "roles", "lead.md"),
            ContentFixture.Page("Lead", "An edit not committed yet.", type: "role", extra: "owner: Delivery office\nreview_by: 2026-01-31\n"));

        var report = await builder.ApplyAsync(["en/roles/lead.md"], themeChanged: false);

        Assert.False(report.Full);
        var parser = new HtmlParser();
        var page = parser.ParseDocument(await File.ReadAllTextAsync(output.Combine("site", "en", "roles", "lead", "index.html")));
        Assert.Contains("An edit not committed yet.", page.QuerySelector(".prose")!.TextContent);
        Assert.Contains("Bo Berg", page.QuerySelector(".page-info__updated")!.TextContent);
        // Content health follows owners and review dates as they are edited.
        var health = parser.ParseDocument(await File.ReadAllTextAsync(output.Combine("site", "en", "content-health", "index.html")));
        Assert.Contains("Delivery office", health.QuerySelector("#past-review tbody")!.TextContent);
    }
}
