using PmoPlaybook.Content.History;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Theme.Changes;

namespace PmoPlaybook.Generator.Changes;

/// <summary>The commits a language's "What changed" lists: those that touched its pages, newest first, each page by its title now.</summary>
public static class ChangeLog
{
    /// <summary>Enough to catch up after a holiday; older changes are in the repository's history.</summary>
    public const int Limit = 50;

    public static IReadOnlyList<ChangeEntry> For(Site site, ContentHistory history, string language, int limit = Limit)
    {
        var folder = language + "/";
        var entries = new List<ChangeEntry>();
        foreach (var commit in history.Recent)
        {
            var pages = commit.Files
                .Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && f.Path.EndsWith(".md", StringComparison.Ordinal))
                .DistinctBy(f => f.CurrentPath ?? f.Path, StringComparer.Ordinal)
                .Select(f => Describe(site, f))
                .ToArray();
            if (pages.Length == 0)
            {
                continue; // only other languages, assets or site.yml
            }
            entries.Add(new ChangeEntry(commit.Id, commit.Date, commit.Author, commit.Subject, site.Config.Repository?.CommitUrl(commit.Id), pages));
            if (entries.Count == limit)
            {
                break;
            }
        }
        return entries;
    }

    /// <summary>A renamed page is listed under its current title and URL, so old entries never link to a dead address.</summary>
    private static ChangedPage Describe(Site site, CommitFile file) =>
        file.CurrentPath is { } now && site.Find(now) is { IsSynthetic: false } page
            ? new ChangedPage(page.Title, page.UrlPath)
            : new ChangedPage(file.Path, null, Removed: file.CurrentPath is null);
}
