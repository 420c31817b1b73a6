using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Navigation;

/// <summary>
/// One entry in the navigation tree: a page, or a section (a folder) whose landing page is its index.md.
/// A section without an index.md has no URL of its own.
/// </summary>
public sealed record NavItem(string Title, string? UrlPath, string? Summary, Page? Page, string Directory, IReadOnlyList<NavItem> Children)
{
    public bool IsSection => Children.Count > 0 || Page is null || Page.Path.IsIndex;

    /// <summary>Pages directly in this section, in reading order, not counting the landing page.</summary>
    public IEnumerable<Page> ChildPages => Children.Where(c => !c.IsSection && c.Page is not null).Select(c => c.Page!);

    public bool Contains(Page page) =>
        Page?.Path == page.Path || Children.Any(c => c.Contains(page));
}
