namespace PmoPlaybook.Content.Model;

/// <summary>The typed front matter of a page; every field a template reads is here, checked by the compiler.</summary>
/// <param name="Owner">The team or role that keeps the page current (<c>owner:</c>); null when nobody is named.</param>
/// <param name="ReviewBy">When the owner should next review the page (<c>review_by:</c>), with its line for warnings.</param>
public sealed record FrontMatter(
    string Title,
    PageType Type,
    string Summary,
    IReadOnlyList<string> Tags,
    int? Order,
    TemplateInfo? Template,
    string? Version = null,
    string? Owner = null,
    ReviewDate? ReviewBy = null)
{
    /// <summary>The tags with where each was written (line 1 for tags that were not read from a file).</summary>
    public IReadOnlyList<TagPlace> TagPlaces => Tags is TagList list ? list.Places : [.. Tags.Select(t => new TagPlace(t, 1, 1))];
}

/// <summary>
/// A page's <c>review_by</c> date. The file line travels with it so the "past its review date" warning
/// points at the line to change, as every other `pmo check` problem does.
/// </summary>
public sealed record ReviewDate(DateOnly Date, int Line)
{
    /// <summary>How editors write it in front matter, and how `pmo check` names it.</summary>
    public const string Format = "yyyy-MM-dd";

    public override string ToString() => Date.ToString(Format, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Download formats and gallery category of a template page, and for registers the rules of the columns
/// of its first table (pick lists and formulas) that the .xlsx download applies.
/// </summary>
public sealed record TemplateInfo(IReadOnlyList<string> Formats, string Category, IReadOnlyDictionary<string, ColumnRule>? Columns = null)
{
    public static IReadOnlyList<string> KnownFormats { get; } = ["docx", "xlsx", "md"];
}

/// <summary>
/// A register column's rule: a list to pick from, or a formula over other columns by header name;
/// <see cref="Line"/> is the file line the rule is written on, for a problem with it to point at.
/// </summary>
public sealed record ColumnRule(IReadOnlyList<string>? Choices, string? Formula, int Line);
