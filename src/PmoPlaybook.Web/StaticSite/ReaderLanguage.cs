namespace PmoPlaybook.Web.StaticSite;

/// <summary>The language to answer in: ?lang= when it is a site language, else the browser's preference, else the default.</summary>
public static class ReaderLanguage
{
    public static string Choose(HttpContext context, IReadOnlyList<string> known)
    {
        if (context.Request.Query["lang"].FirstOrDefault() is { } lang && known.Contains(lang))
        {
            return lang;
        }
        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(code => code is not null && known.Contains(code));
        return accepted ?? known.FirstOrDefault() ?? "en";
    }
}
