using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;
using PmoPlaybook.Theme.Layout;
using PmoPlaybook.Theme.Pages;
using PmoPlaybook.Theme.Rendering;

namespace PmoPlaybook.Generator.NotFound;

/// <summary>404.html, served by Netlify and by the web app for any path that is not a page.</summary>
public sealed class NotFoundStep : IBuildStep
{
    /// <summary>It shows the navigation.</summary>
    public bool IsAffectedBy(SiteChange change) => change.ShowsElsewhere;

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var config = context.Site.Config;
        var language = config.DefaultLanguage.Code;
        var model = new LayoutModel(config, language, Theme.UiText.For(language).NotFoundTitle, null, null, [], context.Assets,
            context.Site.Navigation(language), null, "not-found");
        await using var renderer = new ThemeRenderer();
        await renderer.WriteComponentAsync<NotFoundPage>(Path.Combine(context.OutputDirectory, "404.html"),
            new Dictionary<string, object?> { [nameof(NotFoundPage.Model)] = model });
    }
}
