using PmoPlaybook.Content.History;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Theme;
using PmoPlaybook.Theme.Health;
using PmoPlaybook.Theme.Layout;

namespace PmoPlaybook.Generator.Health;

/// <summary>What a language's "Content health" page lists, worked out from the site model, its history and today's date.</summary>
public static class ContentHealth
{
    public static ContentHealthModel For(LayoutModel layout, ContentSnapshot snapshot, string language, DateOnly today)
    {
        var (site, history) = (snapshot.Site, snapshot.History);
        // Pages written as Markdown files: the ones an editor owns, reviews and translates by hand
        // (assessment pages, for one, are made from their definitions).
        var written = site.Pages.Where(p => !p.IsSynthetic && snapshot.Files.Contains(p.Path.Value)).ToArray();
        var pages = written.Where(p => p.Language == language).ToArray();
        var staleSince = today.AddYears(-1);

        HealthItem Item(Page page, DateOnly? date = null) =>
            new(page.Title, page.UrlPath, history.RepositoryPath(page.Path.Value), page.Meta.Owner, date);

        var pastReview = pages
            .Where(p => p.Meta.ReviewBy is { } review && review.Date < today)
            .OrderBy(p => p.Meta.ReviewBy!.Date)
            .Select(p => Item(p, p.Meta.ReviewBy!.Date))
            .ToArray();
        var withoutOwner = pages.Where(p => p.Meta.Owner is null).Select(p => Item(p)).ToArray();
        // A page Git has no history for (not committed yet) is new, not stale.
        var unchanged = pages
            .Select(p => (Page: p, History: history.For(p.Path.Value)))
            .Where(p => p.History is not null && DateText.Day(p.History.LastUpdated) < staleSince)
            .OrderBy(p => p.History!.LastUpdated)
            .Select(p => Item(p.Page, DateText.Day(p.History!.LastUpdated)))
            .ToArray();
        return new ContentHealthModel(layout, today, pastReview, withoutOwner, MissingTranslations(site.Config, written, history, language), staleSince, unchanged, history.IsAvailable);
    }

    /// <summary>
    /// Every page missing in some language. Each row involves this language (it is written here or missing
    /// here), so every language's page lists the same gaps, each shown by its version in the reader's language when there is one.
    /// </summary>
    private static TranslationGap[] MissingTranslations(SiteConfig config, IEnumerable<Page> pages, ContentHistory history, string language)
    {
        var languages = config.Languages;
        return pages
            .GroupBy(p => p.Path.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var written = languages.Where(l => group.Any(p => p.Language == l.Code)).ToArray();
                var missing = languages.Except(written).ToArray();
                var shown = group.FirstOrDefault(p => p.Language == language) ?? group.First(p => p.Language == written[0].Code);
                return (Shown: shown, Written: written, Missing: missing);
            })
            .Where(g => g.Missing.Length > 0)
            .OrderBy(g => g.Shown.Path.Key, StringComparer.Ordinal)
            .Select(g => new TranslationGap(g.Shown.Title, g.Shown.UrlPath, history.RepositoryPath(g.Shown.Path.Value),
                string.Join(", ", g.Written.Select(l => l.Name)), g.Missing.Select(l => l.Name).ToArray()))
            .ToArray();
    }
}
