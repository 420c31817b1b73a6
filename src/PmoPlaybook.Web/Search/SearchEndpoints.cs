using System.Text.RegularExpressions;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Search.Indexing;
using PmoPlaybook.Search.Querying;

namespace PmoPlaybook.Web.Search;

/// <summary>
/// GET /api/search (JSON) and the search page (/search and /{lang}/search/, HTML that works without
/// JavaScript). Any input gets 200 or 400, never 500: the query is plain text, never Lucene syntax.
/// </summary>
public static partial class SearchEndpoints
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    public const int MaxQueryLength = 500;

    [GeneratedRegex("^/(?<lang>[a-z]{2,3})/search/?$")]
    private static partial Regex LanguageSearchPath();

    public static WebApplication MapSearch(this WebApplication app)
    {
        app.MapGet("/api/search", (HttpContext context, SearchIndex index, ILoggerFactory logs) =>
            Api(context, index, logs.CreateLogger(nameof(SearchEndpoints))));
        return app;
    }

    /// <summary>The search page is middleware before the static files: /{lang}/search/ is also a static file (the page without results).</summary>
    public static WebApplication UseSearchPage(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            var match = LanguageSearchPath().Match(path);
            var isLanguagePage = match.Success && context.RequestServices.GetRequiredService<SearchIndex>().Metadata?.Languages.Any(l => l.Code == match.Groups["lang"].Value) == true;
            if (!HttpMethods.IsGet(context.Request.Method) || (path != "/search" && !isLanguagePage))
            {
                await next(context);
                return;
            }
            var page = context.RequestServices.GetRequiredService<SearchPageRenderer>();
            await page.WriteAsync(context, isLanguagePage ? match.Groups["lang"].Value : null);
        });
        return app;
    }

    private static IResult Api(HttpContext context, SearchIndex index, ILogger logger)
    {
        if (!TryReadRequest(context.Request.Query, index.Metadata, out var request, out var errors))
        {
            return Results.ValidationProblem(errors, title: "Invalid search request");
        }
        try
        {
            var response = index.Search(request);
            return response is null
                ? Results.Problem("The search index has not been built (run `pmo build`).", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Json(response);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Lucene may reject a pathological query (too many clauses); the reader gets a 400, the log the details.
            logger.LogWarning(e, "Search failed for a query of {Length} characters", request.Query?.Length ?? 0);
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["This search could not be run; try fewer or simpler words."] });
        }
    }

    /// <summary>Reads and validates q, lang, type, limit and prefer, naming each bad field.</summary>
    public static bool TryReadRequest(IQueryCollection query, SearchMetadata? metadata, out SearchRequest request, out Dictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>();
        errors = problems;
        string? Single(string name)
        {
            var values = query[name];
            if (values.Count > 1)
            {
                problems[name] = [$"'{name}' may be given once."];
            }
            var value = values.Count == 0 ? null : values[0];
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var q = Single("q") ?? "";
        if (q.Length > MaxQueryLength)
        {
            errors["q"] = [$"The query may be at most {MaxQueryLength} characters."];
        }
        var languages = metadata?.Languages.Select(l => l.Code).ToHashSet() ?? [];
        var lang = Single("lang");
        if (lang is not null && !languages.Contains(lang))
        {
            errors["lang"] = [$"Unknown language '{Truncate(lang)}'; use one of: {string.Join(", ", languages)}."];
        }
        var prefer = Single("prefer");
        if (prefer is not null && !languages.Contains(prefer))
        {
            prefer = null; // only a ranking hint: ignore what we do not know
        }
        var type = Single("type");
        if (type is not null && !PageTypes.TryParse(type, out _))
        {
            errors["type"] = [$"Unknown type '{Truncate(type)}'; use one of: {string.Join(", ", PageTypes.Names)}."];
        }
        var limit = DefaultLimit;
        if (Single("limit") is { } limitText && (!int.TryParse(limitText, out limit) || limit < 1 || limit > MaxLimit))
        {
            errors["limit"] = [$"'limit' must be a whole number from 1 to {MaxLimit}."];
        }
        request = new SearchRequest(q, lang, type, limit, prefer);
        return errors.Count == 0;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
