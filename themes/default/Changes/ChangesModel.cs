using PmoPlaybook.Theme.Layout;

namespace PmoPlaybook.Theme.Changes;

/// <summary>A language's "What changed" page: the latest commits that touched its pages.</summary>
/// <param name="HistoryAvailable">False when the site was built without Git history (the page says so).</param>
public sealed record ChangesModel(LayoutModel Layout, IReadOnlyList<ChangeEntry> Entries, bool HistoryAvailable)
{
    public ChangesText Text => Layout.Text.Changes;

    public static string UrlPath(string language) => $"/{language}/changes/";

    public static string FeedPath(string language) => $"/{language}/changes/atom.xml";
}

/// <summary>One commit as readers see it. <see cref="Anchor"/> is its fragment on the page, which the feed's entries link to.</summary>
public sealed record ChangeEntry(string Id, DateTimeOffset Date, string Author, string Subject, string? CommitUrl, IReadOnlyList<ChangedPage> Pages)
{
    public string Anchor => "commit-" + Id;
}

/// <summary>
/// A page a commit touched: its title and URL now; or, when it has since been removed (or is not a page
/// that was built), its file name without a link.
/// </summary>
public sealed record ChangedPage(string Title, string? UrlPath, bool Removed = false);
