using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Assessments.Tests;

public class DefinitionReaderTests
{
    private static IReadOnlyList<Diagnostic> Problems(string yaml) =>
        DefinitionReader.Read(yaml, "assessments/sample.yml", SampleDefinition.Languages).Diagnostics;

    [Fact]
    public void Reads_a_valid_definition_with_texts_per_language()
    {
        var definition = SampleDefinition.Read();

        Assert.Equal("sample", definition.Id);
        Assert.Equal(["alpha", "beta"], definition.Dimensions.Select(d => d.Id));
        Assert.Equal(5, definition.Questions.Count());
        Assert.Equal("Prov", definition.Title.For("sv"));
        Assert.Equal("Nivå 5", definition.FindQuestion("beta-two")!.Levels[4].For("sv"));
        Assert.Equal("playbooks/risk.md", definition.Dimensions[0].Recommendations.Single().Page);
        Assert.Equal("Managed", definition.LevelNamed(4).Name.For("en"));
    }

    [Fact]
    public void The_real_maturity_assessment_reads_without_errors_or_warnings()
    {
        var set = DefinitionReader.ReadAll(RepositoryPaths.Content, SampleDefinition.Languages);

        Assert.Empty(set.Diagnostics);
        Assert.NotNull(set.Find("pmo-maturity"));
    }

    [Fact]
    public void The_real_maturity_assessment_has_ten_dimensions_of_two_or_three_questions_and_at_most_26_in_all()
    {
        var maturity = RealMaturity();

        Assert.Equal(10, maturity.Dimensions.Count);
        // The four agile PMO roles, the P3M3 perspectives finance and stakeholders, and the ids content pages link to.
        Assert.Subset(maturity.Dimensions.Select(d => d.Id).ToHashSet(),
            new HashSet<string> { "cadence", "balance", "visibility", "facilitation", "finance", "stakeholders", "resources-capacity", "people-learning" });
        Assert.All(maturity.Dimensions, d => Assert.InRange(d.Questions.Count, 2, 3));
        Assert.InRange(maturity.Questions.Count(), 20, 26);
        Assert.All(maturity.Dimensions, d => Assert.NotEmpty(d.Recommendations));
    }

    [Fact]
    public void Every_level_statement_of_the_real_assessment_is_short_and_free_of_the_playbooks_own_numbers()
    {
        var numberWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "quarter", "quarterly", "monthly", "weekly", "yearly", "annually",
            "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "kvartal", "kvartalet", "varje månad", "årligen",
        };
        foreach (var question in RealMaturity().Questions)
        {
            foreach (var language in SampleDefinition.Languages)
            {
                Assert.All(question.Levels.Select(l => l.For(language)), statement =>
                {
                    Assert.InRange(ReadingTime.Count(statement), 3, ReadingTime.MaxStatementWords);
                    Assert.DoesNotMatch(@"\d", statement);
                    Assert.DoesNotContain(Words(statement), numberWords.Contains);
                    Assert.Single(statement.Split(". ", StringSplitOptions.RemoveEmptyEntries));
                });
            }
        }
    }

    [Fact]
    public void No_two_questions_of_the_real_assessment_ask_about_the_same_thing()
    {
        var maturity = RealMaturity();
        Assert.Equal(maturity.Questions.Count(), maturity.Questions.Select(q => q.Text.For("en")).Distinct().Count());
        foreach (var language in SampleDefinition.Languages)
        {
            // Words used across many questions ("initiative", "nobody", "shared") are the domain's vocabulary; what two
            // statements share beyond them is their subject. Three such words in common is the same condition asked twice.
            var statements = maturity.Questions.SelectMany(q => q.Levels.Select(l => (Question: q.Id, Words: Distinctive(l.For(language))))).ToArray();
            var vocabulary = statements.SelectMany(s => s.Words.Select(w => (Word: w, s.Question))).Distinct()
                .GroupBy(x => x.Word).Where(g => g.Count() >= 4).Select(g => g.Key).ToHashSet();
            var overlaps = statements.SelectMany((a, i) => statements.Skip(i + 1)
                    .Where(b => b.Question != a.Question && a.Words.Intersect(b.Words).Count(w => !vocabulary.Contains(w)) >= 3)
                    .Select(b => $"{a.Question} ~ {b.Question}"))
                .ToArray();
            Assert.Empty(overlaps);
        }
    }

    [Fact]
    public void The_real_assessment_reads_within_its_stated_limit_in_every_language()
    {
        var maturity = RealMaturity();

        Assert.NotNull(maturity.MaxMinutes);
        Assert.All(SampleDefinition.Languages, language => Assert.InRange(maturity.ReadingMinutes(language), 1, maturity.MaxMinutes!.Value));
    }

    [Fact]
    public void Questions_retired_from_the_real_assessment_keep_their_text_and_are_not_reused()
    {
        var maturity = RealMaturity();

        Assert.NotEmpty(maturity.Retired);
        Assert.All(maturity.Retired, r => Assert.Null(maturity.FindQuestion(r.Id)));
        Assert.All(maturity.Retired, r => Assert.True(r.Text.Has("en") && r.Text.Has("sv")));
    }

    private static AssessmentDefinition RealMaturity() =>
        DefinitionReader.ReadAll(RepositoryPaths.Content, SampleDefinition.Languages).Find("pmo-maturity")!;

    private static string[] Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"\w+").Select(m => m.Value).ToArray();

    private static HashSet<string> Distinctive(string text) => Words(text).Where(w => w.Length >= 4).ToHashSet();

    [Fact]
    public void Reading_time_counts_every_word_a_respondent_reads_at_200_a_minute()
    {
        var definition = SampleDefinition.Read();
        // Intro (1) + titles (1 + 1) + five questions of (2 + five statements of 3 words).
        Assert.Equal(1 + 2 + 5 * (2 + 5 * 3), ReadingTime.Words(definition, "en"));
        Assert.Equal(1, definition.ReadingMinutes("en"));

        var longer = SampleDefinition.Read(SampleDefinition.Yaml().Replace("intro: {en: Intro., sv: Intro.}",
            $"intro: {{en: \"{string.Join(' ', Enumerable.Repeat("word", 400))}\", sv: Intro.}}", StringComparison.Ordinal));
        Assert.Equal(3, longer.ReadingMinutes("en"));
        Assert.Equal(1, longer.ReadingMinutes("sv"));
    }

    [Fact]
    public void Reading_time_over_max_minutes_is_a_warning_at_its_line_naming_the_language()
    {
        var yaml = SampleDefinition.Yaml().Replace("max_minutes: 5", "max_minutes: 1", StringComparison.Ordinal)
            .Replace("intro: {en: Intro., sv: Intro.}", $"intro: {{en: Intro., sv: \"{string.Join(' ', Enumerable.Repeat("ord", 300))}\"}}", StringComparison.Ordinal);

        var (definition, diagnostics) = DefinitionReader.Read(yaml, "assessments/sample.yml", SampleDefinition.Languages);

        Assert.NotNull(definition);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.AssessmentTooLong, 5), (warning.Severity, warning.Code, warning.Line));
        Assert.Contains("'sv' text takes 2 minutes", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_statement_over_fifteen_words_is_a_warning_at_its_line()
    {
        var yaml = SampleDefinition.Yaml().Replace("{en: \"Level 4 statement\", sv: \"Nivå 4\"}",
            "{en: \"Level 4 statement that goes on and on with one condition after another and then some more\", sv: \"Nivå 4\"}", StringComparison.Ordinal);

        var warnings = DefinitionReader.Read(yaml, "assessments/sample.yml", SampleDefinition.Languages).Diagnostics;

        Assert.Equal(5, warnings.Count);
        Assert.All(warnings, w => Assert.Equal((Severity.Warning, DiagnosticCodes.LongLevelStatement), (w.Severity, w.Code)));
        Assert.Contains("'en' statement has 17 words", warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("goes on and on", StringComparison.Ordinal)) + 1, warnings[0].Line);
    }

    [Fact]
    public void A_retired_question_is_read_with_its_text_and_may_not_share_an_id_with_a_current_question()
    {
        var retired = "retired:\n  - id: gamma-old\n    text: {en: Old question?, sv: Gammal fråga?}\n";
        Assert.Equal("Gammal fråga?", SampleDefinition.Read(SampleDefinition.Yaml() + retired).FindRetired("gamma-old")!.Text.For("sv"));

        var reused = Problems(SampleDefinition.Yaml() + retired.Replace("gamma-old", "beta-two", StringComparison.Ordinal));

        var problem = Assert.Single(reused);
        Assert.Equal(DiagnosticCodes.InvalidAssessment, problem.Code);
        Assert.Contains("'beta-two' is retired", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line()
    {
        var problem = Assert.Single(Problems("id: sample\ntitle: {en: x, sv: y}\nsummary: \"unterminated\nintro: x\n"));

        Assert.Equal(DiagnosticCodes.InvalidAssessment, problem.Code);
        Assert.Equal("assessments/sample.yml", problem.Path);
        Assert.True(problem.Line >= 3, problem.ToString());
        Assert.Equal(DiagnosticCodes.InvalidAssessment, Assert.Single(Problems("id: sample\ntitle: [en, Sample\nsummary: x\n")).Code);
    }

    [Fact]
    public void A_question_without_five_levels_is_reported_at_its_levels_line()
    {
        var yaml = SampleDefinition.Yaml(SampleDefinition.Question("alpha-four", levels: 4));
        var expectedLine = yaml.Split('\n').ToList().FindIndex(l => l.Contains("id: alpha-four", StringComparison.Ordinal)) + 3;

        var problem = Assert.Single(Problems(yaml));

        Assert.Contains("exactly five level statements", problem.Message, StringComparison.Ordinal);
        Assert.Equal(expectedLine, problem.Line);
    }

    [Fact]
    public void A_missing_translation_a_duplicate_id_an_unknown_key_and_a_wrong_file_name_are_all_reported()
    {
        var yaml = SampleDefinition.Yaml(SampleDefinition.Question("alpha-one"))
            .Replace("summary: {en: A sample., sv: Ett prov.}", "summary: {en: A sample.}\ncolour: blue", StringComparison.Ordinal)
            .Replace("id: sample", "id: other", StringComparison.Ordinal);

        var messages = Problems(yaml).Select(d => d.Message).ToArray();

        Assert.Contains(messages, m => m.Contains("'sv' text is missing", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'alpha-one' is used twice", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("unknown key 'colour'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("must match the file name", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scale_that_is_not_one_to_five_is_an_error()
    {
        var yaml = SampleDefinition.Yaml().Replace("{value: 5,", "{value: 6,", StringComparison.Ordinal);

        Assert.Contains(Problems(yaml), d => d.Message.Contains("values 1, 2, 3, 4, 5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Risk Change")]
    [InlineData("../etc")]
    [InlineData("a/b")]
    public void Ids_that_could_not_be_a_url_or_file_name_are_refused(string id)
    {
        var yaml = SampleDefinition.Yaml().Replace("  - id: beta\n", $"  - id: \"{id}\"\n", StringComparison.Ordinal);

        Assert.Contains(Problems(yaml), d => d.Message.Contains("lowercase letters, digits and hyphens", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assessment_may_not_take_the_dashboards_name()
    {
        var yaml = SampleDefinition.Yaml().Replace("id: sample\n", "id: dashboard\n", StringComparison.Ordinal);

        var (definition, diagnostics) = DefinitionReader.Read(yaml, "assessments/dashboard.yml", SampleDefinition.Languages);

        Assert.Null(definition);
        var problem = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidAssessment, 1), (problem.Code, problem.Line));
        Assert.Contains("'dashboard' is reserved", problem.Message, StringComparison.Ordinal);
    }
}

public class DefinitionScaffoldTests
{
    [Fact]
    public void A_scaffolded_definition_reads_back_without_problems_in_every_language()
    {
        var (definition, diagnostics) = DefinitionReader.Read(DefinitionScaffold.Yaml("team-health", ["en", "sv", "fi"]), "assessments/team-health.yml", ["en", "sv", "fi"]);

        Assert.Empty(diagnostics);
        Assert.Equal("team-health", definition!.Id);
        Assert.Equal(5, definition.Questions.Single().Levels.Count);
        Assert.True(definition.Title.Has("fi"));
    }
}
