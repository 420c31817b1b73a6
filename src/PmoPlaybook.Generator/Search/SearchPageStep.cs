using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;
using PmoPlaybook.Search.Indexing;
using PmoPlaybook.Theme;
using PmoPlaybook.Theme.Rendering;
using PmoPlaybook.Theme.Search;

namespace PmoPlaybook.Generator.Search;

/// <summary>
/// /{lang}/search/: the search page in the site's layout. Static hosts serve it as it is (the browser
/// searches); the app serves the same page with the results filled in on the server.
/// </summary>
public sealed class SearchPageStep : IBuildStep
{
    /// <summary>It shows the navigation and the site's page types.</summary>
    public bool IsAffectedBy(SiteChange change) => change.ShowsElsewhere;

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var config = context.Site.Config;
        var types = SearchIndexBuilder.Types(context.Site);
        await using var renderer = new ThemeRenderer();
        foreach (var language in config.Languages)
        {
            var urlPath = SearchPath(language.Code);
            var layout = context.GeneratedPageLayout(language.Code, UiText.For(language.Code).Search, null, SearchPath, "search-page");
            var panel = new SearchPanelModel(language.Code, config.Href(urlPath), "", null, null, types,
                config.Languages.Select(l => (l.Code, l.Name)).ToArray(), null);
            await renderer.WriteComponentAsync<SearchPage>(Path.Combine(context.OutputDirectory, urlPath.Trim('/'), "index.html"), new Dictionary<string, object?>
            {
                [nameof(SearchPage.Layout)] = layout,
                [nameof(SearchPage.Panel)] = panel,
            });
        }
    }

    public static string SearchPath(string language) => $"/{language}/search/";
}
