using PmoPlaybook.Content.Model;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;

namespace PmoPlaybook.Generator.Downloads;

/// <summary>
/// Generates every template's Word, Excel and Markdown files from its page at build time; none are kept in Git.
/// In serve, an edited template's files are made again (its table, its version in the file names), and the
/// files of its previous version, or of a deleted template, removed.
/// </summary>
public sealed class DownloadsStep : IBuildStep
{
    public bool IsAffectedBy(SiteChange change) => Touched(change).Any();

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        if (context.Change is { } change)
        {
            // Replaced files are renamed over; only names that no longer exist are deleted, so a download never 404s mid-edit.
            foreach (var old in Touched(change).Select(p => change.Before.Find(p.Path.Value)).OfType<Page>())
            {
                var kept = change.After.Find(old.Path.Value) is { } now ? Files(now) : [];
                foreach (var stale in Files(old).Except(kept))
                {
                    OutputFile.Delete(context.OutputDirectory, stale);
                }
            }
        }
        var count = 0;
        foreach (var page in (context.Change?.ChangedPages ?? context.Site.Pages).Where(IsTemplate))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = TemplateDownloads.Source(context.Snapshot.ContentDirectory, page);
            foreach (var format in page.Meta.Template!.Formats)
            {
                await OutputFile.WriteBytesAsync(Path.Combine(context.OutputDirectory, Published(page, format)), stream =>
                {
                    TemplateDownloads.Write(source, format, stream);
                    return Task.CompletedTask;
                });
                count++;
            }
        }
        if (count > 0)
        {
            context.Log.Progress($"Generated {count} template downloads");
        }
    }

    private static bool IsTemplate(Page page) => page is { IsSynthetic: false, Meta.Template: not null };

    /// <summary>Templates edited (or made, or unmade) and removed: those whose files change.</summary>
    private static IEnumerable<Page> Touched(SiteChange change) =>
        change.ChangedPages.Where(p => IsTemplate(p) || change.Before.Find(p.Path.Value) is { } old && IsTemplate(old))
            .Concat(change.RemovedPages.Where(IsTemplate));

    /// <summary>Output-relative paths of a template's files; none for other pages.</summary>
    private static IEnumerable<string> Files(Page page) =>
        IsTemplate(page) ? page.Meta.Template!.Formats.Select(format => Published(page, format)) : [];

    /// <summary>Beside the page, named with its version: en/templates/risk-log/risk-log-v1.0.xlsx.</summary>
    private static string Published(Page page, string format) =>
        Path.Combine(page.UrlPath.Trim('/'), TemplateDownloads.FileName(page, format));
}
