using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Search.Indexing;

/// <summary>
/// What an index built from one version of a site needs in order to match a later version: the pages to
/// index again (changed or added) and the page URLs whose documents must go (those pages, plus removed ones).
/// </summary>
public sealed record IndexChanges(IReadOnlyList<Page> Pages, IReadOnlyList<string> PageUrls)
{
    public bool IsEmpty => PageUrls.Count == 0;

    /// <summary>
    /// The changes from <paramref name="before"/> to <paramref name="after"/>, or null when only a whole new
    /// index will do (the site settings changed: base path, languages). An incremental rebuild keeps the Page
    /// instances of untouched pages (<see cref="Site.With"/>), so a page is changed when its instance is.
    /// </summary>
    public static IndexChanges? Between(Site before, Site after)
    {
        if (!ReferenceEquals(before.Config, after.Config))
        {
            return null;
        }
        var earlier = SearchIndexBuilder.Indexed(before).ToDictionary(p => p.Path.Value, StringComparer.Ordinal);
        var pages = new List<Page>();
        foreach (var page in SearchIndexBuilder.Indexed(after))
        {
            if (earlier.Remove(page.Path.Value, out var previous) && ReferenceEquals(previous, page))
            {
                continue;
            }
            pages.Add(page);
        }
        var urls = pages.Concat(earlier.Values).Select(p => SearchIndexBuilder.PageUrl(after, p)).Distinct(StringComparer.Ordinal).ToArray();
        return new IndexChanges(pages, urls);
    }
}
