using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;
using PmoPlaybook.Theme;
using PmoPlaybook.Theme.Changes;
using PmoPlaybook.Theme.Rendering;

namespace PmoPlaybook.Generator.Changes;

/// <summary>
/// /{lang}/changes/ and its Atom feed, from the build's Git history. Written even without history (the
/// page then says why it is empty), so the footer link and the feed address always work.
/// </summary>
public sealed class ChangesStep : IBuildStep
{
    /// <summary>History is read by full builds only; an edit changes what the list shows of a page (its title, its presence).</summary>
    public bool IsAffectedBy(SiteChange change) => change.ShowsElsewhere;

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var site = context.Site;
        var config = site.Config;
        var history = context.Snapshot.History;
        await using var renderer = new ThemeRenderer();
        foreach (var language in config.Languages)
        {
            var text = UiText.For(language.Code).Changes;
            var urlPath = ChangesModel.UrlPath(language.Code);
            var entries = ChangeLog.For(site, history, language.Code);
            var layout = context.GeneratedPageLayout(language.Code, text.WhatChanged, text.ChangesIntro, ChangesModel.UrlPath, "changes-page");
            var folder = Path.Combine(context.OutputDirectory, urlPath.Trim('/'));
            await renderer.WriteComponentAsync<ChangesPage>(Path.Combine(folder, "index.html"), new Dictionary<string, object?>
            {
                [nameof(ChangesPage.Model)] = new ChangesModel(layout, entries, history.IsAvailable),
            });
            var feed = AtomFeed.Build(config, language.Code, entries, context.Clock.GetUtcNow());
            await OutputFile.WriteAsync(Path.Combine(folder, "atom.xml"), writer => feed.SaveAsync(writer, System.Xml.Linq.SaveOptions.None, cancellationToken));
        }
    }
}
