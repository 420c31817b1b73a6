using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;
using PmoPlaybook.Theme.Pages;
using PmoPlaybook.Theme.Rendering;

namespace PmoPlaybook.Generator.LanguageRoot;

/// <summary>The site's own index.html: sends each reader to their language (see LanguageChooserPage).</summary>
public sealed class LanguageRootStep : IBuildStep
{
    /// <summary>It reads only site.yml and the theme, whose changes rebuild everything.</summary>
    public bool IsAffectedBy(SiteChange change) => false;

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        await using var renderer = new ThemeRenderer();
        await renderer.WriteComponentAsync<LanguageChooserPage>(Path.Combine(context.OutputDirectory, "index.html"), new Dictionary<string, object?>
        {
            [nameof(LanguageChooserPage.Config)] = context.Site.Config,
            [nameof(LanguageChooserPage.Theme)] = context.Assets,
        });
    }
}
