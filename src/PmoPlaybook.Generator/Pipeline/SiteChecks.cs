using PmoPlaybook.Assessments.Pages;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator.Downloads;

namespace PmoPlaybook.Generator.Pipeline;

/// <summary>Everything `pmo check` and every build verify: the content model's rules plus those of the generator's features.</summary>
public static class SiteChecks
{
    public static ContentChecks All { get; } = For(TimeProvider.System);

    /// <summary>Every check, with "today" (for review dates) from the given clock.</summary>
    public static ContentChecks For(TimeProvider clock) => ContentChecks.For(clock).With(new TemplateDownloadRule(), new RecommendationRule());

    /// <summary>Where pages come from besides Markdown files: assessment definitions.</summary>
    public static IReadOnlyList<IPageSource> PageSources { get; } = [new AssessmentPageSource()];

    /// <summary>Loads content/ with every page source, as `pmo build`, `check` and `serve` see it.</summary>
    public static ContentSnapshot Load(string contentDirectory, string? baseUrl = null) => ContentLoader.Load(contentDirectory, baseUrl, PageSources);
}
