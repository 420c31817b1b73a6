namespace PmoPlaybook.Content.Model;

/// <summary>
/// A loaded page: where it lives, its front matter, and its body already rendered to HTML.
/// <paramref name="IsGenerated"/> marks a landing page the site made for a folder without an index.md.
/// </summary>
/// <remarks>A page with <see cref="FallbackFor"/> set stands in for a missing translation: the original's
/// text at the translation's URL, so a reader switching language never meets a dead link.</remarks>
public sealed record Page(
    ContentPath Path,
    FrontMatter Meta,
    string BodyHtml,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<LinkReference> Links,
    int WordCount,
    bool IsGenerated = false)
{
    public string Language => Path.Language;

    public string Title => Meta.Title;

    public string UrlPath => Path.UrlPath;

    /// <summary>The original this page stands in for when its translation is missing; null for real pages.</summary>
    public Page? FallbackFor { get; init; }

    /// <summary>Made by the site (a landing page or a stand-in translation), not written by an editor.</summary>
    public bool IsSynthetic => IsGenerated || FallbackFor is not null;

    /// <summary>The plain text by h2 section, for search; empty for generated pages.</summary>
    public IReadOnlyList<TextSection> Sections { get; init; } = [];

    /// <summary>
    /// The part of a page that other pages show: navigation, cards and breadcrumbs, and for a template its card
    /// in the gallery (category, formats, and download links named with the version), and its tags (the tag pages
    /// list it; a tag added or dropped makes or removes a tag page, which the sitemap lists).
    /// </summary>
    public bool SharesNavigationWith(Page other) =>
        Meta.Title == other.Meta.Title
        && Meta.Order == other.Meta.Order
        && Meta.Summary == other.Meta.Summary
        && Meta.Type == other.Meta.Type
        && Meta.Version == other.Meta.Version
        && Meta.Template?.Category == other.Meta.Template?.Category
        && (Meta.Template?.Formats ?? []).SequenceEqual(other.Meta.Template?.Formats ?? [])
        && Meta.Tags.SequenceEqual(other.Meta.Tags);
}
