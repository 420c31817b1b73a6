namespace PmoPlaybook.Templates;

/// <summary>
/// What a template download is made from: the page's front matter fields and its Markdown body
/// (without front matter). <see cref="Columns"/> holds the rules of the first table's columns, keyed by header name;
/// <see cref="BodyLine"/> is the file line the Markdown starts on, so a problem in it can name the file's line.
/// </summary>
public sealed record TemplateSource(
    string Title,
    string Version,
    string Language,
    string Summary,
    string Markdown,
    IReadOnlyDictionary<string, TemplateColumn> Columns,
    int BodyLine = 1);

/// <summary>
/// A register column's rule: a list to pick from, and/or a formula over other columns by header name
/// (<c>Likelihood * Impact</c>, <c>IF(Score &gt;= 20, "Critical", "High")</c>; see <see cref="Formulas.FormulaParser"/>).
/// </summary>
public sealed record TemplateColumn(IReadOnlyList<string>? Choices, string? Formula);
