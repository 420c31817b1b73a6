using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Generator.Pipeline;

/// <summary>
/// What one edit in serve changed, for the steps that redo their part of the site: the site before and after,
/// the pages read again, the pages gone, and the other files of content/ created, changed or deleted.
/// </summary>
/// <param name="ChangedPages">Pages read again, as they are now (a page that no longer parses keeps its last good version and is not here).</param>
/// <param name="RemovedPages">Deleted pages, as they were.</param>
/// <param name="ChangedFiles">Content-relative paths of files that are not pages (images, downloads, custom.css).</param>
public sealed class SiteChange(Site before, Site after, IReadOnlyList<Page> changedPages, IReadOnlyList<Page> removedPages, IReadOnlyList<string> changedFiles)
{
    private IReadOnlyList<Page>? _pagesShowingIt;

    public Site Before { get; } = before;

    public Site After { get; } = after;

    public IReadOnlyList<Page> ChangedPages { get; } = changedPages;

    public IReadOnlyList<Page> RemovedPages { get; } = removedPages;

    public IReadOnlyList<string> ChangedFiles { get; } = changedFiles;

    public bool TouchesPages => ChangedPages.Count > 0 || RemovedPages.Count > 0;

    /// <summary>
    /// Whether the change shows beyond its own pages: a page added or removed, or a title, order, summary, type,
    /// template card or tags changed (what navigation, cards, breadcrumbs, the gallery, tag pages and the sitemap show).
    /// </summary>
    public bool ShowsElsewhere { get; } =
        removedPages.Count > 0 || changedPages.Any(p => before.Find(p.Path.Value) is not { } old || !old.SharesNavigationWith(p));

    /// <summary>The pages to render again: the changed ones, their stand-ins, and every page that shows a part of them that changed.</summary>
    public IReadOnlyList<Page> PagesShowingIt => _pagesShowingIt ??= ShowsElsewhere ? Affected() : ChangedWithStandIns();

    /// <summary>A stand-in translation shows its original's text, so it changes with it.</summary>
    private Page[] ChangedWithStandIns()
    {
        var changed = ChangedPages.Select(p => p.Path.Value).ToHashSet(StringComparer.Ordinal);
        return [.. ChangedPages, .. After.Pages.Where(p => p.FallbackFor is { } original && changed.Contains(original.Path.Value))];
    }

    /// <summary>
    /// Another page's sidebar lists the sections and, opened, only its own folder; so a page's title or order
    /// matters to its folder (siblings, landing page, previous/next), while a section's landing page, a page at
    /// the language root, or a folder that appears or disappears matters to the whole language. Translations and
    /// stand-ins of a touched page follow it, since their language switcher or their text changes with it.
    /// </summary>
    private Page[] Affected()
    {
        var paths = ChangedPages.Concat(RemovedPages).Select(p => p.Path).ToList();
        var keys = paths.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        // Stand-ins mirror their original, in their own language's navigation.
        paths.AddRange(Before.Pages.Concat(After.Pages).Where(p => p.FallbackFor is not null && keys.Contains(p.Path.Key)).Select(p => p.Path));

        var wholeLanguages = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var sectionChanged = Before.Navigation(path.Language).Section(path.Directory) is null || After.Navigation(path.Language).Section(path.Directory) is null;
            if (path.IsIndex || path.Directory == path.Language || sectionChanged)
            {
                wholeLanguages.Add(path.Language);
            }
            else
            {
                folders.Add(path.Directory);
            }
        }
        return After.Pages
            .Where(p => wholeLanguages.Contains(p.Language) || folders.Contains(p.Path.Directory) || keys.Contains(p.Path.Key))
            .ToArray();
    }
}
