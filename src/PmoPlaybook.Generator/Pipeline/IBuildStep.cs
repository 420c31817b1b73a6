namespace PmoPlaybook.Generator.Pipeline;

/// <summary>
/// One feature of the build (pages, sitemap, content files, …). Steps only read the snapshot and write
/// files of their own, so they run at the same time. Adding a feature is one class and one line in
/// <see cref="SiteGenerator.DefaultSteps"/>, like a Markdig extension.
/// </summary>
public interface IBuildStep
{
    Task RunAsync(BuildContext context, CancellationToken cancellationToken);
}
