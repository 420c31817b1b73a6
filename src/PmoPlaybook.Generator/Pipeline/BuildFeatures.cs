using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Generator.Pipeline;

/// <summary>
/// The build's features in their order of registration, and everything derived from that one list: where
/// pages come from, what is checked, what each phase runs, and what serve runs again after a change.
/// </summary>
public sealed class BuildFeatures
{
    private readonly Func<IBuildStep, bool> _includes;

    public BuildFeatures(IReadOnlyList<BuildFeature> features)
        : this(features, _ => true)
    {
    }

    private BuildFeatures(IReadOnlyList<BuildFeature> features, Func<IBuildStep, bool> includes)
    {
        _includes = includes;
        Features = features;
        PageSources = features.SelectMany(f => f.PageSources).ToArray();
        Rules = features.SelectMany(f => f.Rules).ToArray();
        Steps = features.SelectMany(f => f.Steps).Where(includes).ToArray();
        if (Steps.FirstOrDefault(s => s.Phase is not (BuildPhase.Render or BuildPhase.PostProcess)) is { } misplaced)
        {
            throw new ArgumentException($"{misplaced.GetType().Name} runs in {misplaced.Phase}: steps run in {BuildPhase.Render} or {BuildPhase.PostProcess}", nameof(features));
        }
    }

    public IReadOnlyList<BuildFeature> Features { get; }

    public IReadOnlyList<IPageSource> PageSources { get; }

    public IReadOnlyList<IContentRule> Rules { get; }

    public IReadOnlyList<IBuildStep> Steps { get; }

    /// <summary>The same features less the steps of one type (the benchmarks time a build without the Lucene index).</summary>
    public BuildFeatures Without<TStep>()
        where TStep : IBuildStep => new(Features, s => _includes(s) && s is not TStep);

    /// <summary>Loads content/ with every page source, as `pmo build`, `check` and `serve` see it.</summary>
    public ContentSnapshot Load(string contentDirectory, string? baseUrl = null) => ContentLoader.Load(contentDirectory, baseUrl, PageSources);

    /// <summary>The content model's rules and every feature's, with "today" (for review dates) from the given clock.</summary>
    public ContentChecks Checks(TimeProvider clock) => ContentChecks.For(clock).With([.. Rules]);

    /// <summary>Whether a content-relative file feeds a page source, so a change to it means loading everything again.</summary>
    public bool IsPageSourceFile(string contentPath) => PageSources.Any(s => s.Reads(contentPath));

    /// <summary>Runs the steps of one phase at the same time; with a change, only the steps it affects.</summary>
    public Task RunAsync(BuildPhase phase, BuildContext context, CancellationToken cancellationToken) =>
        Task.WhenAll(Steps
            .Where(s => s.Phase == phase && (context.Change is not { } change || s.IsAffectedBy(change)))
            .Select(step => Task.Run(() => step.RunAsync(context, cancellationToken), cancellationToken)));
}
