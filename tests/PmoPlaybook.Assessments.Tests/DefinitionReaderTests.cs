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
    public void The_real_maturity_assessment_covers_eleven_dimensions_and_at_least_24_questions_in_both_languages()
    {
        var set = DefinitionReader.ReadAll(RepositoryPaths.Content, SampleDefinition.Languages);

        Assert.Empty(set.Diagnostics);
        var maturity = set.Find("pmo-maturity")!;
        Assert.True(maturity.Dimensions.Count >= 8);
        Assert.True(maturity.Questions.Count() >= 24);
        Assert.Contains("cadence", maturity.Dimensions.Select(d => d.Id));
        Assert.All(maturity.Questions, q => Assert.All(q.Levels, l => Assert.True(l.Has("en") && l.Has("sv"))));
        Assert.All(maturity.Dimensions, d => Assert.NotEmpty(d.Recommendations));
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
