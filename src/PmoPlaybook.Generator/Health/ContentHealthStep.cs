using PmoPlaybook.Content.Validation.Rules;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;
using PmoPlaybook.Theme;
using PmoPlaybook.Theme.Changes;
using PmoPlaybook.Theme.Health;
using PmoPlaybook.Theme.Rendering;

namespace PmoPlaybook.Generator.Health;

/// <summary>
/// /{lang}/content-health/ for editors: pages past review, without an owner, untranslated, or unchanged
/// for a year. Not in the navigation (linked from "What changed") and marked noindex.
/// </summary>
public sealed class ContentHealthStep : IBuildStep
{
    /// <summary>Any page edit can change an owner, a review date or a translation; it is two small pages.</summary>
    public bool IsAffectedBy(SiteChange change) => change.TouchesPages;

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var config = context.Site.Config;
        var today = ReviewDateRule.Today(context.Clock);
        await using var renderer = new ThemeRenderer();
        foreach (var language in config.Languages)
        {
            var text = UiText.For(language.Code).Changes;
            var urlPath = ContentHealthModel.UrlPath(language.Code);
            var layout = context.GeneratedPageLayout(language.Code, text.ContentHealth, null, ContentHealthModel.UrlPath, "content-health-page") with
            {
                NoIndex = true,
            };
            await renderer.WriteComponentAsync<ContentHealthPage>(Path.Combine(context.OutputDirectory, urlPath.Trim('/'), "index.html"), new Dictionary<string, object?>
            {
                [nameof(ContentHealthPage.Model)] = ContentHealth.For(layout, context.Snapshot, language.Code, today),
            });
        }
    }
}
