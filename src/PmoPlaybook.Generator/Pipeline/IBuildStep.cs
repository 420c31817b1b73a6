namespace PmoPlaybook.Generator.Pipeline;

/// <summary>The phases of a build, in the order they run. Steps run in <see cref="Render"/> or <see cref="PostProcess"/>.</summary>
public enum BuildPhase
{
    /// <summary>content/ into the site model: Markdown pages, the features' page sources, Git history.</summary>
    Load,

    /// <summary>The content model's rules and the features' rules; errors stop a build before anything is written.</summary>
    Check,

    /// <summary>Everything made from the site model: pages, sitemap, downloads, the Lucene index. Steps run at the same time.</summary>
    Render,

    /// <summary>What reads the finished output (the static search index reads every page's HTML).</summary>
    PostProcess,

    /// <summary>The staging folders replace the published ones whole.</summary>
    Swap,
}

/// <summary>
/// One thing a build feature writes. Steps of a phase only read the snapshot and write files of their own
/// (through <see cref="Rendering.OutputFile"/>, so a reader never sees half a file), so they run at the same time.
/// </summary>
public interface IBuildStep
{
    BuildPhase Phase => BuildPhase.Render;

    /// <summary>
    /// Writes this step's output. In a full build <see cref="BuildContext.Change"/> is null and everything is
    /// written; in serve it names what changed, and the step redoes only what that touched.
    /// </summary>
    Task RunAsync(BuildContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Whether serve must run this step after a change. Changes to site.yml, the theme or a page source's files
    /// rebuild everything instead, so a step that reads only those answers false.
    /// </summary>
    bool IsAffectedBy(SiteChange change);
}
