using PmoPlaybook.Content.Authoring;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Content.Tests;

public class FrontMatterReaderTests
{
    private static (FrontMatter? Meta, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml) =>
        FrontMatterReader.Read(yaml, "en/x.md", firstLine: 2);

    [Fact]
    public void Reads_every_field()
    {
        var (meta, diagnostics) = Read("title: Pace-keeper\ntype: role\nsummary: Keeps the cadence.\ntags: [cadence, forums]\norder: 10\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new FrontMatter("Pace-keeper", PageType.Role, "Keeps the cadence.", meta!.Tags, 10, null), meta);
        Assert.Equal(["cadence", "forums"], meta.Tags);
    }

    [Fact]
    public void Reads_the_template_block()
    {
        var (meta, diagnostics) = Read("title: RAID log\ntype: template\nsummary: A log.\ntemplate:\n  formats: [xlsx, md]\n  category: control\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["xlsx", "md"], meta!.Template!.Formats);
        Assert.Equal("control", meta.Template.Category);
    }

    [Fact]
    public void Reads_a_register_templates_version_and_column_rules()
    {
        var (meta, diagnostics) = Read("title: Risk register\ntype: template\nsummary: Risks.\nversion: \"2.1\"\ntemplate:\n  formats: [xlsx]\n  category: risk\n" +
            "  columns:\n    Likelihood: { choices: [1, 2, 3, 4, 5] }\n    Score: { formula: \"Likelihood * Impact\" }\n");

        Assert.Empty(diagnostics);
        Assert.Equal("2.1", meta!.Version);
        Assert.Equal(["1", "2", "3", "4", "5"], meta.Template!.Columns!["Likelihood"].Choices);
        Assert.Equal("Likelihood * Impact", meta.Template.Columns["Score"].Formula);
    }

    [Fact]
    public void A_column_rule_without_choices_or_formula_is_an_error()
    {
        var (meta, diagnostics) = Read("title: R\ntype: template\nsummary: S.\ntemplate:\n  formats: [xlsx]\n  category: risk\n  columns:\n    Owner: { width: 20 }\n");

        Assert.Null(meta);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InvalidField && d.Message.Contains("'Owner'") && d.Line == 9);
    }

    [Fact]
    public void Reads_the_owner_and_the_review_date_with_its_line()
    {
        var (meta, diagnostics) = Read("title: X\ntype: playbook\nsummary: Y.\nowner: Portfolio office\nreview_by: 2027-06-30\n");

        Assert.Empty(diagnostics);
        Assert.Equal("Portfolio office", meta!.Owner);
        Assert.Equal(new ReviewDate(new DateOnly(2027, 6, 30), 6), meta.ReviewBy);
        Assert.Equal("2027-06-30", meta.ReviewBy!.ToString());
    }

    [Fact]
    public void Owner_and_review_date_are_optional_and_empty_means_not_set()
    {
        var (meta, diagnostics) = Read("title: X\ntype: page\nsummary: Y.\nowner:\nreview_by: \n");

        Assert.Empty(diagnostics);
        Assert.Null(meta!.Owner);
        Assert.Null(meta.ReviewBy);
    }

    [Theory]
    [InlineData("30/06/2027")]
    [InlineData("2027-02-30")]
    [InlineData("2027-6-30")]
    [InlineData("next spring")]
    [InlineData("[2027, 6, 30]")]
    public void A_malformed_review_date_is_an_error_at_its_line(string value)
    {
        var (meta, diagnostics) = Read($"title: X\ntype: page\nsummary: Y.\nreview_by: {value}\n");

        Assert.Null(meta);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.InvalidReviewDate, 5, 12), (error.Severity, error.Code, error.Line, error.Column));
        Assert.Contains("YYYY-MM-DD", error.Message);
    }

    [Fact]
    public void An_owner_must_be_text()
    {
        var (meta, diagnostics) = Read("title: X\ntype: page\nsummary: Y.\nowner: [a, b]\n");

        Assert.Null(meta);
        Assert.Equal((DiagnosticCodes.InvalidField, 5), (Assert.Single(diagnostics).Code, diagnostics[0].Line));
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_file_line()
    {
        // File line 2 is the first YAML line; the stray quote is on the third YAML line → file line 4.
        var (meta, diagnostics) = Read("title: Ok\ntype: page\nsummary: \"unterminated\nmore: x\n");

        Assert.Null(meta);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MalformedYaml, error.Code);
        Assert.True(error.Line >= 4, $"line {error.Line}");
        Assert.Contains("malformed YAML", error.Message);
    }

    [Theory]
    [InlineData("title: [en, Sample\nsummary: x\ntype: page\n")]
    [InlineData("title: {en: Sample\nsummary: x\n")]
    public void An_unclosed_bracket_is_a_diagnostic_not_a_crash(string yaml)
    {
        // YamlDotNet throws InvalidOperationException, not YamlException, for some of these.
        var (meta, diagnostics) = Read(yaml);

        Assert.Null(meta);
        Assert.Equal(DiagnosticCodes.MalformedYaml, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_where_it_opens()
    {
        // File line 2 is the first YAML line: "tags: [a, b" is file line 4, its '[' in column 7.
        var (meta, diagnostics) = Read("title: X\ntype: page\ntags: [a, b\nsummary: Y.\n");

        Assert.Null(meta);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MalformedYaml, 4, 7), (error.Code, error.Line, error.Column));
        Assert.Contains("']'", error.Message);
    }

    [Theory]
    [InlineData("title: X\ntype: page\nsummary: Use a [draft] first, or a [plan\ntags: {a: b\n", 5, 7, "'}'")]
    [InlineData("title: X\ntype: page\nsummary: 'a [quoted text'\ntags: [a, [b]\n", 5, 7, "']'")]
    [InlineData("title: X # a [comment\ntype: page\nsummary: Y.\ntags:\n  - [a, b\n", 6, 5, "']'")]
    public void Brackets_in_text_quotes_and_comments_do_not_open_a_list(string yaml, int line, int column, string closer)
    {
        var (_, diagnostics) = Read(yaml);

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MalformedYaml, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains(closer, error.Message);
    }

    [Fact]
    public void A_misspelt_required_field_is_one_error_at_the_typo_with_a_suggestion()
    {
        var (meta, diagnostics) = Read("titel: X\ntype: page\nsummary: Y.\n");

        Assert.Null(meta);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.MissingField, 2, 1), (error.Severity, error.Code, error.Line, error.Column));
        Assert.Contains("did you mean 'title'?", error.Message);
    }

    [Theory]
    [InlineData("tag: [a]", "did you mean 'tags'?")]
    [InlineData("reveiw_by: 2027-01-01", "did you mean 'review_by'?")]
    [InlineData("colour: blue", "(known: order, owner, review_by")]
    public void An_unknown_field_suggests_the_field_it_is_closest_to(string line, string expected)
    {
        var (meta, diagnostics) = Read($"title: X\ntype: page\nsummary: Y.\n{line}\n");

        Assert.NotNull(meta);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.UnknownField, 5), (warning.Severity, warning.Code, warning.Line));
        Assert.Contains(expected, warning.Message);
    }

    [Fact]
    public void The_scaffolds_placeholder_summary_is_an_error_but_the_page_loads()
    {
        var (meta, diagnostics) = Read($"title: X\ntype: role\nsummary: {PageScaffold.Summary}\n");

        Assert.NotNull(meta);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.PlaceholderText, 4, 10), (error.Severity, error.Code, error.Line, error.Column));
        Assert.Contains("placeholder", error.Message);
    }

    [Fact]
    public void The_scaffold_is_front_matter_the_reader_accepts_apart_from_its_placeholder()
    {
        var block = FrontMatterBlock.Split(PageScaffold.Markdown(PageType.Template, "Risk register"))!;

        var (meta, diagnostics) = FrontMatterReader.Read(block.Yaml, "en/templates/risk-register.md", block.YamlFirstLine);

        Assert.Equal("Risk register", meta!.Title);
        Assert.Equal([DiagnosticCodes.PlaceholderText], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Every_missing_required_field_is_reported()
    {
        var (meta, diagnostics) = Read("tags: [a]\n");

        Assert.Null(meta);
        Assert.Equal(3, diagnostics.Count(d => d.Code == DiagnosticCodes.MissingField));
        Assert.Contains(diagnostics, d => d.Message.Contains("'title'"));
        Assert.Contains(diagnostics, d => d.Message.Contains("'summary'"));
        Assert.Contains(diagnostics, d => d.Message.Contains("'type'"));
    }

    [Fact]
    public void Unknown_type_names_the_allowed_ones_at_the_value()
    {
        var (meta, diagnostics) = Read("title: X\ntype: recipe\nsummary: Y.\n");

        Assert.Null(meta);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownType, error.Code);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("playbook", error.Message);
    }

    [Fact]
    public void Each_tag_keeps_the_line_and_column_it_is_written_at()
    {
        // File line 2 is the first YAML line, so "tags:" is file line 5 and its items lines 6 and 7.
        var (meta, _) = Read("title: X\ntype: page\nsummary: Y.\ntags:\n  - risk\n  - årsplan\n");

        Assert.Equal(["risk", "årsplan"], meta!.Tags);
        Assert.Equal([new TagPlace("risk", 6, 5), new TagPlace("årsplan", 7, 5)], meta.TagPlaces);
        Assert.Equal(["risk", "arsplan"], meta.TagPlaces.Select(t => t.Slug));
    }

    [Fact]
    public void Order_must_be_a_number_and_tags_a_list()
    {
        var (meta, diagnostics) = Read("title: X\ntype: page\nsummary: Y.\norder: first\ntags: one\n");

        Assert.Null(meta);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.InvalidField));
        Assert.Contains(diagnostics, d => d.Line == 5 && d.Message.Contains("'order'"));
        Assert.Contains(diagnostics, d => d.Line == 6 && d.Message.Contains("'tags'"));
    }

    [Fact]
    public void A_misspelt_field_is_a_warning_and_the_page_still_loads()
    {
        var (meta, diagnostics) = Read("title: X\ntype: page\nsummary: Y.\nsumary: Z\n");

        Assert.NotNull(meta);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.UnknownField, 5), (warning.Severity, warning.Code, warning.Line));
    }

    [Fact]
    public void A_template_page_needs_its_template_block_and_known_formats()
    {
        var (missing, missingDiagnostics) = Read("title: X\ntype: template\nsummary: Y.\n");
        var (badFormat, badDiagnostics) = Read("title: X\ntype: template\nsummary: Y.\ntemplate:\n  formats: [pdf]\n  category: a\n");

        Assert.Null(missing);
        Assert.Contains(missingDiagnostics, d => d.Code == DiagnosticCodes.MissingField && d.Message.Contains("template"));
        Assert.Null(badFormat);
        Assert.Contains(badDiagnostics, d => d.Code == DiagnosticCodes.InvalidField && d.Message.Contains("pdf"));
    }

    [Theory]
    [InlineData("title: X\ntype: page\n", "---\ntitle: X\ntype: page\n---\nBody\n", 5)]
    [InlineData("", "---\n---\nBody\n", 3)]
    public void Splits_front_matter_and_remembers_where_the_body_starts(string yaml, string text, int bodyLine)
    {
        var block = FrontMatterBlock.Split("\uFEFF" + text);

        Assert.NotNull(block);
        Assert.Equal(yaml, block.Yaml);
        Assert.Equal(2, block.YamlFirstLine);
        Assert.Equal(bodyLine, block.BodyFirstLine);
        Assert.StartsWith("Body", block.Body);
    }

    [Theory]
    [InlineData("title: X\n")]
    [InlineData("---\ntitle: X\nno closing fence\n")]
    public void No_or_unclosed_front_matter_is_not_a_block(string text) =>
        Assert.Null(FrontMatterBlock.Split(text));
}
