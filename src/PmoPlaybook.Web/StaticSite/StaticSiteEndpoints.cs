using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PmoPlaybook.Web.StaticSite;

/// <summary>
/// Serves artifacts/site: clean URLs, "/" to the reader's language, 404.html for anything else. Static
/// files are middleware that runs before routing, so the 404 fallback endpoint never shadows a file.
/// </summary>
public static class StaticSiteEndpoints
{
    public static WebApplication UseStaticSite(this WebApplication app)
    {
        var files = SiteFiles(app);
        app.Use((context, next) => context.Request.Path == "/" && HttpMethods.IsGet(context.Request.Method)
            ? RedirectToLanguageAsync(context, files)
            : next(context));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes(),
            OnPrepareResponse = file =>
            {
                // Theme assets carry a content hash (?v=); everything else may change with any build.
                file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
        return app;
    }

    /// <summary>The usual types, plus what the build publishes that ASP.NET does not know: Markdown template
    /// downloads and the chunks of the static search index.</summary>
    public static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".md"] = "text/markdown; charset=utf-8";
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_fragment", ".pf_index", ".pf_filter" })
        {
            provider.Mappings[extension] = "application/octet-stream";
        }
        return provider;
    }

    /// <summary>Any path that is neither a file nor an endpoint gets the site's 404 page.</summary>
    public static WebApplication MapNotFoundFallback(this WebApplication app)
    {
        app.MapFallback((HttpContext context, AppPages pages) => pages.NotFoundAsync(context));
        return app;
    }

    private static PhysicalFileProvider SiteFiles(WebApplication app) =>
        new(app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.SiteRoot);

    private static async Task RedirectToLanguageAsync(HttpContext context, IFileProvider files)
    {
        context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(code => code is { Length: > 0 } && code.All(char.IsAsciiLetterLower) && files.GetFileInfo($"{code}/index.html").Exists);
        if (preferred is not null)
        {
            context.Response.Redirect($"/{preferred}/");
            return;
        }
        // The language chooser; written like the app's own pages, so `pmo serve` live-reloads it too.
        if (await PageShell.ReadAsync(files, "index.html", context.RequestAborted) is { } chooser)
        {
            await PageShell.WriteAsync(context, chooser);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
