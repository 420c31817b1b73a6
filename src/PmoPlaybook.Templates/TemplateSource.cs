namespace PmoPlaybook.Templates;

/// <summary>
/// What a template download is made from: the page's front matter fields and its Markdown body
/// (without front matter). <see cref="Columns"/> holds the rules of the first table's columns, keyed by header name.
/// </summary>
public sealed record TemplateSource(
    string Title,
    string Version,
    string Language,
    string Summary,
    string Markdown,
    IReadOnlyDictionary<string, TemplateColumn> Columns);

/// <summary>
/// A register column's rule: a list to pick from, and/or a formula over other columns by header name
/// (<c>Likelihood * Impact</c>; + - * / parentheses and numbers).
/// </summary>
public sealed record TemplateColumn(IReadOnlyList<string>? Choices, string? Formula);
