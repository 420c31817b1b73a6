namespace PmoPlaybook.Theme.I18n;

/// <summary>The label of each page type (front matter <c>type</c>), in one language: i18n key <c>type_names</c>.</summary>
public sealed class PageTypeNames
{
    public required string Page { get; init; }

    public required string Playbook { get; init; }

    public required string Role { get; init; }

    public required string Template { get; init; }

    public required string Guide { get; init; }

    public required string Assessment { get; init; }

    public required string Path { get; init; }
}
