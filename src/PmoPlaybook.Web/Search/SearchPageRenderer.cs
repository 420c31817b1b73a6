using PmoPlaybook.Search.Querying;
using PmoPlaybook.Theme.Search;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Search;

/// <summary>
/// Serves the search page with results rendered on the server: the build's /{lang}/search/ page, its
/// search panel replaced by the same Razor component filled with this request's results.
/// </summary>
public sealed class SearchPageRenderer(AppPages pages, SearchIndex index)
{
    public async Task WriteAsync(HttpContext context, string? pathLanguage)
    {
        var metadata = index.Metadata;
        var language = pathLanguage ?? ReaderLanguage.Choose(context, metadata?.Languages.Select(l => l.Code).ToArray() ?? []);
        var shell = await pages.ShellAsync($"{language}/search/index.html", context.RequestAborted);
        if (shell is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // The page forgives what the API rejects: an unknown filter is simply not applied.
        SearchEndpoints.TryReadRequest(context.Request.Query, metadata, out var request, out var errors);
        request = request with
        {
            Language = errors.ContainsKey("lang") ? null : request.Language,
            Type = errors.ContainsKey("type") ? null : request.Type,
            Limit = 20,
            PreferredLanguage = language,
        };
        var query = errors.ContainsKey("q") ? "" : request.Query ?? "";
        var response = query.Length == 0 ? null : index.Search(request with { Query = query });
        var panel = new SearchPanelModel(
            language,
            (metadata?.BasePath ?? "/") + $"{language}/search/",
            query,
            request.Type,
            request.Language,
            metadata?.Types ?? [],
            metadata?.Languages.Select(l => (l.Code, l.Name)).ToArray() ?? [],
            response is null ? null : new SearchResultsModel(response.Total, response.TookMs,
                response.Hits.Select(h => new SearchResultItem(h.Title, h.Section, h.Url, h.Type, h.Lang, h.Snippet)).ToArray(), response.DidYouMean));

        var html = await pages.RenderAsync<SearchPanel>(new Dictionary<string, object?> { [nameof(SearchPanel.Model)] = panel }, context.RequestAborted);
        await PageShell.WriteAsync(context, PageShell.Splice(shell, SearchPage.StartMarker, SearchPage.EndMarker, html));
    }

}
