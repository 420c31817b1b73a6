namespace PmoPlaybook.Generator.Pipeline;

/// <summary>When a step runs. Steps of one phase run at the same time; phases run in order.</summary>
public enum BuildPhase
{
    /// <summary>Everything made from the site model: pages, sitemap, downloads, the Lucene index.</summary>
    Output,

    /// <summary>What reads the finished output (the static search index reads every page's HTML).</summary>
    PostProcess,
}

/// <summary>
/// One feature of the build (pages, sitemap, content files, …). Steps of a phase only read the snapshot
/// and write files of their own, so they run at the same time. Adding a feature is one class and one
/// line in <see cref="SiteGenerator.DefaultSteps"/>, like a Markdig extension.
/// </summary>
public interface IBuildStep
{
    BuildPhase Phase => BuildPhase.Output;

    Task RunAsync(BuildContext context, CancellationToken cancellationToken);
}
