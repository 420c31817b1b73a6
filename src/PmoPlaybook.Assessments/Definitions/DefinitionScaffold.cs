using System.Text;

namespace PmoPlaybook.Assessments.Definitions;

/// <summary>
/// A new, valid definition for `pmo new assessment ID`: one dimension with one question in every site
/// language, each text saying what to write there, so the editor edits rather than starts from nothing.
/// </summary>
public static class DefinitionScaffold
{
    public static string Yaml(string id, IReadOnlyList<string> languages)
    {
        var yaml = new StringBuilder()
            .AppendLine("# A self-assessment: see content/assessments/pmo-maturity.yml for a complete example.")
            .AppendLine("# Every text is given per language; `pmo check` reports anything missing with its line.")
            .Append("id: ").AppendLine(id);
        Text(yaml, "", "title", languages, "Name of the self-assessment");
        Text(yaml, "", "summary", languages, "One sentence: what it measures and for whom");
        Text(yaml, "", "intro", languages, "Two or three sentences: who should take it and how to answer (for today, not for plans)");
        yaml.AppendLine("# The page states the reading time computed from the words; `pmo check` warns when it is over this.")
            .AppendLine("max_minutes: 10").AppendLine("scale:");
        string[] names = ["Initial", "Repeatable", "Defined", "Managed", "Optimising"];
        for (var level = 1; level <= 5; level++)
        {
            yaml.Append("  - value: ").AppendLine(level.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Text(yaml, "    ", "name", languages, names[level - 1]);
        }
        yaml.AppendLine("dimensions:").AppendLine("  - id: first-dimension");
        Text(yaml, "    ", "title", languages, "Name of the first area");
        Text(yaml, "    ", "description", languages, "One sentence on what this area covers");
        yaml.AppendLine("    questions:").AppendLine("      - id: first-dimension-first-question");
        Text(yaml, "        ", "text", languages, "The question, as a leader would ask it?");
        yaml.AppendLine("        levels:");
        for (var level = 1; level <= 5; level++)
        {
            yaml.Append("          - {").AppendJoin(", ", languages.Select(l => $"{l}: \"What level {level} looks like, observably\"")).AppendLine("}");
        }
        return yaml
            .AppendLine("    # Pages to read when this area is weak: paths under content/{language}/, written in every language.")
            .AppendLine("    recommendations: []")
            .ToString();
    }

    private static void Text(StringBuilder yaml, string indent, string key, IReadOnlyList<string> languages, string hint)
    {
        yaml.Append(indent).Append(key).AppendLine(":");
        foreach (var language in languages)
        {
            yaml.Append(indent).Append("  ").Append(language).Append(": \"").Append(hint).AppendLine("\"");
        }
    }
}
