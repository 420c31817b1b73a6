using PmoPlaybook.Assessments.Definitions;

namespace PmoPlaybook.Assessments.Tests;

/// <summary>A small valid definition in YAML, and helpers to break it one way at a time.</summary>
internal static class SampleDefinition
{
    public static readonly string[] Languages = ["en", "sv"];

    public static string Question(string id, int levels = 5) => string.Join('\n',
    [
        $"      - id: {id}",
        $"        text: {{en: \"Question {id}?\", sv: \"Fråga {id}?\"}}",
        "        levels:",
        .. Enumerable.Range(1, levels).Select(n => $"          - {{en: \"Level {n} statement\", sv: \"Nivå {n}\"}}"),
    ]);

    public static string Yaml(string? extraQuestion = null) => string.Join('\n',
    [
        "id: sample",
        "title: {en: Sample, sv: Prov}",
        "summary: {en: A sample., sv: Ett prov.}",
        "intro: {en: Intro., sv: Intro.}",
        "max_minutes: 5",
        "scale:",
        "  - {value: 1, name: {en: Initial, sv: Initial}}",
        "  - {value: 2, name: {en: Repeatable, sv: Upprepbar}}",
        "  - {value: 3, name: {en: Defined, sv: Definierad}}",
        "  - {value: 4, name: {en: Managed, sv: Styrd}}",
        "  - {value: 5, name: {en: Optimising, sv: Optimerande}}",
        "dimensions:",
        "  - id: alpha",
        "    title: {en: Alpha, sv: Alfa}",
        "    questions:",
        Question("alpha-one"),
        Question("alpha-two"),
        Question("alpha-three"),
        .. extraQuestion is null ? Array.Empty<string>() : [extraQuestion],
        "    recommendations:",
        "      - playbooks/risk.md",
        "  - id: beta",
        "    title: {en: Beta, sv: Beta}",
        "    questions:",
        Question("beta-one"),
        Question("beta-two"),
        "",
    ]);

    public static AssessmentDefinition Read(string? yaml = null)
    {
        var (definition, diagnostics) = DefinitionReader.Read(yaml ?? Yaml(), "assessments/sample.yml", Languages);
        Assert.Empty(diagnostics);
        return definition!;
    }
}
