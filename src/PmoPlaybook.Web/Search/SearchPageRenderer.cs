using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PmoPlaybook.Search.Querying;
using PmoPlaybook.Theme.Rendering;
using PmoPlaybook.Theme.Search;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Search;

/// <summary>
/// Serves the search page with results rendered on the server: the build's /{lang}/search/ page, its
/// search panel replaced by the same Razor component filled with this request's results.
/// </summary>
public sealed class SearchPageRenderer(IOptions<SiteOptions> options, SearchIndex index) : IAsyncDisposable
{
    private readonly PhysicalFileProvider _files = new(options.Value.SiteRoot);
    private readonly ThemeRenderer _renderer = new();
    private readonly SemaphoreSlim _rendering = new(1, 1);

    public async Task WriteAsync(HttpContext context, string? pathLanguage)
    {
        var metadata = index.Metadata;
        var language = pathLanguage ?? PreferredLanguage(context, metadata);
        var page = _files.GetFileInfo($"{language}/search/index.html");
        if (!page.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        string shell;
        using (var reader = new StreamReader(page.CreateReadStream(), Encoding.UTF8))
        {
            shell = await reader.ReadToEndAsync(context.RequestAborted);
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

        string html;
        await _rendering.WaitAsync(context.RequestAborted);
        try
        {
            html = await _renderer.RenderToStringAsync<SearchPanel>(new Dictionary<string, object?> { [nameof(SearchPanel.Model)] = panel });
        }
        finally
        {
            _rendering.Release();
        }
        var start = shell.IndexOf(SearchPage.StartMarker, StringComparison.Ordinal);
        var end = shell.IndexOf(SearchPage.EndMarker, StringComparison.Ordinal);
        if (start >= 0 && end > start)
        {
            shell = string.Concat(shell.AsSpan(0, start), html, shell.AsSpan(end + SearchPage.EndMarker.Length));
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(shell, context.RequestAborted);
    }

    private static string PreferredLanguage(HttpContext context, PmoPlaybook.Search.Indexing.SearchMetadata? metadata)
    {
        var known = metadata?.Languages.Select(l => l.Code).ToArray() ?? [];
        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(code => code is not null && known.Contains(code));
        return context.Request.Query["lang"].FirstOrDefault() is { } lang && known.Contains(lang) ? lang : accepted ?? known.FirstOrDefault() ?? "en";
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        _files.Dispose();
        _rendering.Dispose();
    }
}
