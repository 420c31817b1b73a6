using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;

namespace PmoPlaybook.Generator.Assets;

/// <summary>Publishes the files in content/ that are not pages (images, downloads, custom.css) at the same relative path.</summary>
public sealed class ContentFilesStep : IBuildStep
{
    public bool IsAffectedBy(SiteChange change) => change.ChangedFiles.Any(IsPublished);

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var root = context.Snapshot.ContentDirectory;
        foreach (var file in (context.Change?.ChangedFiles ?? (IEnumerable<string>)context.Snapshot.Files).Where(IsPublished))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.Exists(Path.Combine(root, file)))
            {
                await OutputFile.CopyAsync(Path.Combine(root, file), Path.Combine(context.OutputDirectory, file));
            }
            else
            {
                OutputFile.Delete(context.OutputDirectory, file);
            }
        }
    }

    /// <summary>Pages are rendered, not copied; site.yml and assessment definitions are read, not published.</summary>
    public static bool IsPublished(string contentPath) =>
        !contentPath.EndsWith(".md", StringComparison.Ordinal)
        && contentPath != SiteConfigReader.FileName
        && !contentPath.StartsWith(DefinitionReader.Folder + "/", StringComparison.Ordinal);
}
