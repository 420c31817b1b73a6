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

    /// <summary>This entry is the page, or a section whose folder holds it. Constant time: the sidebar asks for every entry on every page.</summary>
    public bool Contains(Page page) =>
        (Page is not null && Page.Path.Value == page.Path.Value)
        || (IsSection && (page.Path.Directory == Directory || page.Path.Directory.StartsWith(Directory + "/", StringComparison.Ordinal)));
}
