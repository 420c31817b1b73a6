using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PmoPlaybook.Theme.Layout;
using PmoPlaybook.Theme.Rendering;

namespace PmoPlaybook.Web.StaticSite;

/// <summary>
/// Renders the app's own pages (search results, assessments, dashboard) with the theme's Razor components
/// into a built page of the same site, so they share its layout. One renderer, used by one request at a
/// time: its dispatcher is single-threaded, and rendering takes well under a millisecond.
/// </summary>
public sealed class AppPages(IOptions<SiteOptions> options) : IAsyncDisposable
{
    private readonly PhysicalFileProvider _files = new(options.Value.SiteRoot);
    private readonly ThemeRenderer _renderer = new();
    private readonly SemaphoreSlim _rendering = new(1, 1);

    public Task<string?> ShellAsync(string sitePath, CancellationToken cancellationToken) => PageShell.ReadAsync(_files, sitePath, cancellationToken);

    /// <summary>Whether the built site has this file; the file provider refuses paths that leave the site folder.</summary>
    public bool Exists(string sitePath) => _files.GetFileInfo(sitePath).Exists;

    /// <summary>Whether a clean URL path ("/en/roles/pace-keeper/") is a page of the built site.</summary>
    public bool PageExists(string urlPath) => Exists(urlPath.TrimStart('/') + "index.html");

    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters, CancellationToken cancellationToken)
        where TComponent : IComponent
    {
        await _rendering.WaitAsync(cancellationToken);
        try
        {
            return await _renderer.RenderToStringAsync<TComponent>(parameters);
        }
        finally
        {
            _rendering.Release();
        }
    }

    /// <summary>Writes a component as the main content of a built page (its layout's marked main region), with its own title.</summary>
    public async Task<bool> WriteInShellAsync<TComponent>(HttpContext context, string shellPath, string title, IDictionary<string, object?> parameters, int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent
    {
        var shell = await ShellAsync(shellPath, context.RequestAborted);
        if (shell is null)
        {
            return false;
        }
        var html = await RenderAsync<TComponent>(parameters, context.RequestAborted);
        await PageShell.WriteAsync(context, PageShell.WithTitle(PageShell.Splice(shell, SiteLayout.MainStart, SiteLayout.MainEnd, html), title), statusCode);
        return true;
    }

    /// <summary>The site's own 404 page, for app routes that name something that does not exist.</summary>
    public async Task NotFoundAsync(HttpContext context)
    {
        var page = await ShellAsync("404.html", context.RequestAborted);
        await PageShell.WriteAsync(context, page ?? "Not found", StatusCodes.Status404NotFound);
    }

    /// <summary>The heading of a built page, for links to it (recommendations); null when the page is not in the site.</summary>
    public async Task<string?> TitleOfAsync(string sitePath, CancellationToken cancellationToken)
    {
        var shell = await ShellAsync(sitePath, cancellationToken);
        if (shell is null)
        {
            return null;
        }
        var start = shell.IndexOf("<h1", StringComparison.Ordinal);
        start = start < 0 ? -1 : shell.IndexOf('>', start) + 1;
        var end = start <= 0 ? -1 : shell.IndexOf("</h1>", start, StringComparison.Ordinal);
        return end < 0 ? null : System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(shell[start..end], "<[^>]+>", "")).Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        _files.Dispose();
        _rendering.Dispose();
    }
}
