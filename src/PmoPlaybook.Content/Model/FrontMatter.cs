namespace PmoPlaybook.Content.Model;

/// <summary>The typed front matter of a page; every field a template reads is here, checked by the compiler.</summary>
public sealed record FrontMatter(
    string Title,
    PageType Type,
    string Summary,
    IReadOnlyList<string> Tags,
    int? Order,
    TemplateInfo? Template);

/// <summary>Download formats and gallery category of a template page.</summary>
public sealed record TemplateInfo(IReadOnlyList<string> Formats, string Category)
{
    public static IReadOnlyList<string> KnownFormats { get; } = ["docx", "xlsx", "md"];
}
