using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Generator.Pipeline;

/// <summary>
/// One feature of the site (pages, sitemap, template downloads, assessments, …): a folder of the generator
/// and one line in <c>SiteGenerator.DefaultFeatures</c>, as a Markdig extension's Setup plugs in everything
/// it needs. What a feature gives each phase of the build: the pages it adds (load), what it checks (check)
/// and what it writes (render, post-process); each of its steps says which of serve's changes it redoes.
/// </summary>
/// <param name="steps">What it writes, each step in its phase.</param>
/// <param name="rules">What `pmo check` and every build verify for it, beside the content model's own rules.</param>
/// <param name="pageSources">Where its pages come from besides Markdown files (assessment definitions).</param>
public abstract class BuildFeature(IReadOnlyList<IBuildStep>? steps = null, IReadOnlyList<IContentRule>? rules = null, IReadOnlyList<IPageSource>? pageSources = null)
{
    public IReadOnlyList<IBuildStep> Steps { get; } = steps ?? [];

    public IReadOnlyList<IContentRule> Rules { get; } = rules ?? [];

    public IReadOnlyList<IPageSource> PageSources { get; } = pageSources ?? [];

    public override string ToString() => GetType().Name;
}
