namespace PmoPlaybook.Content.Model;

/// <summary>The typed front matter of a page; every field a template reads is here, checked by the compiler.</summary>
public sealed record FrontMatter(
    string Title,
    PageType Type,
    string Summary,
    IReadOnlyList<string> Tags,
    int? Order,
    TemplateInfo? Template,
    string? Version = null);

/// <summary>
/// Download formats and gallery category of a template page, and for registers the rules of the columns
/// of its first table (pick lists and formulas) that the .xlsx download applies.
/// </summary>
public sealed record TemplateInfo(IReadOnlyList<string> Formats, string Category, IReadOnlyDictionary<string, ColumnRule>? Columns = null)
{
    public static IReadOnlyList<string> KnownFormats { get; } = ["docx", "xlsx", "md"];
}

/// <summary>A register column's rule: a list to pick from, or a formula over other columns by header name.</summary>
public sealed record ColumnRule(IReadOnlyList<string>? Choices, string? Formula);
