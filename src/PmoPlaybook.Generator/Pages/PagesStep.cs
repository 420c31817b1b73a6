using PmoPlaybook.Content.Model;
using PmoPlaybook.Generator.Downloads;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;
using PmoPlaybook.Theme;
using PmoPlaybook.Theme.Pages;
using PmoPlaybook.Theme.Rendering;

namespace PmoPlaybook.Generator.Pages;

/// <summary>
/// Renders every content page through the theme, one renderer per core, streaming each page to its file. In
/// serve, the pages that show the change again, and removed pages' files deleted.
/// </summary>
public sealed class PagesStep : IBuildStep
{
    public bool IsAffectedBy(SiteChange change) => change.TouchesPages;

    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        foreach (var removed in context.Change?.RemovedPages ?? [])
        {
            OutputFile.Delete(context.OutputDirectory, removed.Path.OutputFile);
        }
        return RenderAsync(context, context.Change?.PagesShowingIt ?? context.Site.Pages, cancellationToken);
    }

    private static async Task RenderAsync(BuildContext context, IReadOnlyList<Page> pages, CancellationToken cancellationToken)
    {
        context.CountRendered(pages.Count);
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count / 16 + 1));
        var next = -1;
        var done = 0;
        var reportEvery = Math.Max(500, pages.Count / 10);

        async Task Work()
        {
            await using var renderer = new ThemeRenderer();
            int index;
            while ((index = Interlocked.Increment(ref next)) < pages.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await RenderPageAsync(context, renderer, pages[index]);
                var count = Interlocked.Increment(ref done);
                if (count % reportEvery == 0)
                {
                    context.Log.Progress($"Rendered {count}/{pages.Count} pages");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Work, cancellationToken)));
        if (pages.Count >= reportEvery)
        {
            context.Log.Progress($"Rendered {pages.Count} pages");
        }
    }

    private static Task RenderPageAsync(BuildContext context, ThemeRenderer renderer, Page page)
    {
        var source = (page.FallbackFor ?? page).Path.Value;
        var view = new PageView(context.Site, page, context.Assets)
        {
            DownloadsOf = p => TemplateDownloads.For(context.Site, p),
            History = context.Snapshot.History,
            SourceFile = context.Snapshot.Files.Contains(source) ? source : null,
        };
        return renderer.WriteComponentAsync<PageDocument>(Path.Combine(context.OutputDirectory, page.Path.OutputFile),
            new Dictionary<string, object?> { [nameof(PageDocument.View)] = view });
    }
}
