using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Content.Tests;

/// <summary>One test per rule: a minimal broken tree, and the exact problem `pmo check` must report.</summary>
public class ContentRuleTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly (string, string)[] Homes =
    [
        ("en/index.md", ContentFixture.Page("Home")),
        ("sv/index.md", ContentFixture.Page("Start")),
    ];

    private IReadOnlyList<Diagnostic> Check(params (string, string)[] files) =>
        ContentChecks.Default.Run(ContentLoader.Load(ContentFixture.Write(_dir.Path, Homes.Concat(files))));

    private IReadOnlyList<Diagnostic> CheckOn(DateOnly today, params (string, string)[] files)
    {
        var clock = new FixedClock(today.Year, today.Month, today.Day);
        return ContentChecks.For(clock).Run(ContentLoader.Load(ContentFixture.Write(_dir.Path, Homes.Concat(files))));
    }

    [Fact]
    public void A_page_past_its_review_date_is_a_warning_naming_the_date_and_owner()
    {
        (string, string)[] files =
        [
            ("en/a.md", ContentFixture.Page("A", extra: "owner: Portfolio office\nreview_by: 2027-06-30\n")),
            ("sv/a.md", ContentFixture.Page("A", extra: "review_by: 2027-07-01\n")),
        ];

        var onTheDay = CheckOn(new DateOnly(2027, 6, 30), files);
        var dayAfter = CheckOn(new DateOnly(2027, 7, 1), files);
        var twoDaysAfter = CheckOn(new DateOnly(2027, 7, 2), files);

        Assert.Empty(onTheDay);
        var warning = Assert.Single(dayAfter);
        Assert.Equal(("en/a.md", 6, Severity.Warning, DiagnosticCodes.ReviewOverdue), (warning.Path, warning.Line, warning.Severity, warning.Code));
        Assert.Contains("2027-06-30", warning.Message);
        Assert.Contains("owner: Portfolio office", warning.Message);
        Assert.Equal(2, twoDaysAfter.Count);
        Assert.Contains("no owner", twoDaysAfter.Single(d => d.Path == "sv/a.md").Message);
    }

    [Fact]
    public void Valid_content_has_no_problems()
    {
        var diagnostics = Check(
            ("en/a.md", ContentFixture.Page("A", "## Part\n\n[B](b.md#part) and [self](#part) and ![x](../assets/x.png)")),
            ("en/b.md", ContentFixture.Page("B", "## Part")),
            ("sv/a.md", ContentFixture.Page("A")),
            ("sv/b.md", ContentFixture.Page("B")),
            ("assets/x.png", "png"));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Broken_link_is_reported_at_the_link()
    {
        var diagnostics = Check(("en/a.md", ContentFixture.Page("A", "Text\n\nSee [gone](gone.md).")), ("sv/a.md", ContentFixture.Page("A")));

        var error = Assert.Single(diagnostics);
        Assert.Equal(("en/a.md", 8, 5, DiagnosticCodes.BrokenLink), (error.Path, error.Line, error.Column, error.Code));
    }

    [Fact]
    public void Broken_anchor_is_reported_with_a_suggestion()
    {
        var diagnostics = Check(
            ("en/a.md", ContentFixture.Page("A", "[B](b.md#forums-and-cadance)")),
            ("en/b.md", ContentFixture.Page("B", "## Forums and cadence")),
            ("sv/a.md", ContentFixture.Page("A")),
            ("sv/b.md", ContentFixture.Page("B")));

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenAnchor, 6), (error.Code, error.Line));
        Assert.Contains("did you mean '#forums-and-cadence'", error.Message);
    }

    [Fact]
    public void A_link_into_a_page_that_does_not_load_reports_only_that_pages_error()
    {
        var diagnostics = Check(
            ("en/a.md", ContentFixture.Page("A", "[B](b.md#forums)")),
            ("en/b.md", ContentFixture.Page("B", "## Forums")),
            ("sv/a.md", ContentFixture.Page("A", "[B](b.md#forum)")),
            ("sv/b.md", "---\ntitle: B\ntype: page\nsummary: [unclosed\n---\n## Forum\n"));

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("sv/b.md", DiagnosticCodes.MalformedYaml, 4, 10), (error.Path, error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Missing_image_and_link_outside_content_are_errors()
    {
        var diagnostics = Check(
            ("en/a.md", ContentFixture.Page("A", "![chart](chart.png)\n\n[secret](../../etc/passwd)")),
            ("sv/a.md", ContentFixture.Page("A")));

        Assert.Equal([DiagnosticCodes.MissingFile, DiagnosticCodes.LinkOutsideContent], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Duplicate_url_names_both_files()
    {
        var diagnostics = Check(
            ("en/roles.md", ContentFixture.Page("Roles")),
            ("en/roles/index.md", ContentFixture.Page("Roles too")),
            ("sv/roles.md", ContentFixture.Page("Roller")),
            ("sv/roles/index.md", ContentFixture.Page("Roller")));

        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.DuplicateUrl));
        Assert.Contains(diagnostics, d => d.Message.Contains("/en/roles/") && d.Message.Contains("en/roles"));
    }

    [Fact]
    public void Missing_translation_is_a_warning_once_per_gap()
    {
        var diagnostics = Check(("en/only.md", ContentFixture.Page("Only English")), ("sv/bara.md", ContentFixture.Page("Bara svenska")));

        Assert.All(diagnostics, d => Assert.Equal((Severity.Warning, DiagnosticCodes.MissingTranslation), (d.Severity, d.Code)));
        Assert.Equal(["en/only.md", "sv/bara.md"], diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void Missing_home_page_is_a_warning()
    {
        var diagnostics = ContentChecks.Default.Run(ContentLoader.Load(ContentFixture.Write(_dir.Path, ("en/index.md", ContentFixture.Page("Home")))));

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var warning = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MissingHome);
        Assert.Equal("sv/index.md", warning.Path);
    }

    [Fact]
    public void File_names_that_make_bad_urls_are_warned_about()
    {
        var diagnostics = Check(("en/Risk Register.md", ContentFixture.Page("Risk")), ("sv/Risk Register.md", ContentFixture.Page("Risk")));

        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.UnsafeFileName));
    }

    [Fact]
    public void Yaml_and_field_problems_come_from_loading_with_their_lines()
    {
        var diagnostics = Check(
            ("en/a.md", "---\ntitle: A\ntype: recipe\nsummary: S.\n---\n"),
            ("en/b.md", "no front matter\n"),
            ("sv/a.md", ContentFixture.Page("A")),
            ("sv/b.md", ContentFixture.Page("B")));

        Assert.Contains(diagnostics, d => d is { Path: "en/a.md", Line: 3, Code: DiagnosticCodes.UnknownType });
        Assert.Contains(diagnostics, d => d is { Path: "en/b.md", Line: 1, Code: DiagnosticCodes.MissingFrontMatter });
    }

    [Fact]
    public void Output_format_is_path_line_column_severity_code_message()
    {
        var diagnostic = Diagnostic.Error("en/a.md", 12, 3, "PMO010", "broken link 'x.md'");

        Assert.Equal("en/a.md:12:3: error PMO010: broken link 'x.md'", diagnostic.ToString());
    }
}
