using PmoPlaybook.Content.Loading;
using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Assets;

/// <summary>Publishes the files in content/ that are not pages (images, downloads, custom.css) at the same relative path.</summary>
public sealed class ContentFilesStep : IBuildStep
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        foreach (var file in context.Snapshot.Files.Where(IsPublished))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Copy(context.Snapshot.ContentDirectory, context.OutputDirectory, file);
        }
        return Task.CompletedTask;
    }

    /// <summary>Pages are rendered, not copied; site.yml and assessment definitions are read, not published.</summary>
    public static bool IsPublished(string contentPath) =>
        !contentPath.EndsWith(".md", StringComparison.Ordinal)
        && contentPath != SiteConfigReader.FileName
        && !contentPath.StartsWith("assessments/", StringComparison.Ordinal);

    public static void Copy(string contentDirectory, string outputDirectory, string contentPath)
    {
        var target = Path.Combine(outputDirectory, contentPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(contentDirectory, contentPath), target, overwrite: true);
    }
}
