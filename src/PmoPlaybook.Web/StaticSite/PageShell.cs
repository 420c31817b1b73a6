using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PmoPlaybook.Web.LiveReload;

namespace PmoPlaybook.Web.StaticSite;

/// <summary>
/// A built page used as the frame of a page the app renders: the build's layout (header, navigation,
/// footer, assets with hashed URLs) stays, the marked region is replaced, so app pages and static pages
/// share one look without the app loading the content model.
/// </summary>
public static class PageShell
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static async Task<string?> ReadAsync(IFileProvider files, string sitePath, CancellationToken cancellationToken)
    {
        var file = files.GetFileInfo(sitePath);
        if (!file.Exists)
        {
            return null;
        }
        using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>The shell with the text between the two markers (markers included) replaced by <paramref name="html"/>.</summary>
    public static string Splice(string shell, string startMarker, string endMarker, string html)
    {
        var start = shell.IndexOf(startMarker, StringComparison.Ordinal);
        var end = shell.IndexOf(endMarker, StringComparison.Ordinal);
        return start >= 0 && end > start
            ? string.Concat(shell.AsSpan(0, start), html, shell.AsSpan(end + endMarker.Length))
            : shell;
    }

    /// <summary>The shell with its document title replaced (the site name after "·" is kept).</summary>
    public static string WithTitle(string shell, string title)
    {
        var start = shell.IndexOf("<title>", StringComparison.Ordinal);
        var end = shell.IndexOf("</title>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return shell;
        }
        var current = shell[(start + 7)..end];
        var site = current.LastIndexOf(" · ", StringComparison.Ordinal) is var at and >= 0 ? current[at..] : "";
        return string.Concat(shell.AsSpan(0, start + 7), Encoder.Encode(title), site, shell.AsSpan(end));
    }

    /// <summary>Sends an app-rendered page; in `pmo serve` it gets the live-reload script, like the static pages.</summary>
    public static async Task WriteAsync(HttpContext context, string html, int statusCode = StatusCodes.Status200OK)
    {
        if (context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.LiveReload)
        {
            html = LiveReloadEndpoints.WithScript(html);
        }
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }
}
