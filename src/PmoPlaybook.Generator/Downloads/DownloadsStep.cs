using PmoPlaybook.Content.Model;
using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Downloads;

/// <summary>Generates every template's Word, Excel and Markdown files from its page at build time; none are kept in Git.</summary>
public sealed class DownloadsStep : IBuildStep
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var page in context.Site.Pages.Where(p => p is { IsSynthetic: false, Meta.Template: not null }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Publish(context.Snapshot.ContentDirectory, context.OutputDirectory, page);
            count += page.Meta.Template!.Formats.Count;
        }
        if (count > 0)
        {
            context.Log.Progress($"Generated {count} template downloads");
        }
        return Task.CompletedTask;
    }

    public static void Publish(string contentDirectory, string outputDirectory, Page page)
    {
        var source = TemplateDownloads.Source(contentDirectory, page);
        var folder = Path.Combine(outputDirectory, page.UrlPath.Trim('/'));
        Directory.CreateDirectory(folder);
        foreach (var format in page.Meta.Template!.Formats)
        {
            var path = Path.Combine(folder, TemplateDownloads.FileName(page, format));
            var temporary = path + ".tmp";
            using (var file = File.Create(temporary))
            {
                TemplateDownloads.Write(source, format, file);
            }
            File.Move(temporary, path, overwrite: true);
        }
    }
}
