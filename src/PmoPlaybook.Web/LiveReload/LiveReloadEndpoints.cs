using System.Text;
using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.LiveReload;

/// <summary>
/// Development only: a server-sent event stream that says "reload", a small client script, and a
/// middleware that adds the script to every HTML page served (the built files themselves stay clean).
/// </summary>
public static class LiveReloadEndpoints
{
    public const string ScriptPath = "/_pmo/livereload.js";
    public const string EventsPath = "/_pmo/livereload/events";
    private const string ScriptTag = "<script src=\"" + ScriptPath + "\" defer></script>";

    /// <summary>The script-injecting middleware; goes before the static files.</summary>
    public static WebApplication UseLiveReload(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
        if (options.LiveReload)
        {
            var files = new PhysicalFileProvider(options.SiteRoot);
            app.Use((context, next) => ServeHtmlWithScript(context, next, files));
        }
        return app;
    }

    public static WebApplication MapLiveReload(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.LiveReload)
        {
            return app;
        }
        app.MapGet(ScriptPath, () => Results.Text(ClientScript, "text/javascript; charset=utf-8")).ExcludeFromDescription();
        app.MapGet(EventsPath, StreamEventsAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task StreamEventsAsync(HttpContext context, LiveReloadHub hub, IHostApplicationLifetime lifetime)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var reader = hub.Subscribe();
        try
        {
            await WriteEventAsync(context, "errors", JsonSerializer.Serialize(hub.CurrentErrors), stop.Token);
            await foreach (var message in reader.ReadAllAsync(stop.Token))
            {
                await WriteEventAsync(context, message, "{}", stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser navigated away or the server is stopping.
        }
        finally
        {
            hub.Unsubscribe(reader);
        }
    }

    private static async Task WriteEventAsync(HttpContext context, string name, string data, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>The page with the client script added before its end; app-rendered pages go through this too (PageShell).</summary>
    public static string WithScript(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end >= 0 ? html.Insert(end, ScriptTag) : html + ScriptTag;
    }

    private static async Task ServeHtmlWithScript(HttpContext context, RequestDelegate next, IFileProvider files)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(context.Request.Method) || path == "/" || path.Contains("..", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        var file = files.GetFileInfo(path.EndsWith('/') ? path + "index.html" : path);
        if (!file.Exists || file.IsDirectory || !file.Name.EndsWith(".html", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        string html;
        using (var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8))
        {
            html = await reader.ReadToEndAsync(context.RequestAborted);
        }
        html = WithScript(html);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (file.Name == "404.html")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    // Plain DOM calls only: error text goes in with textContent, never as HTML.
    private const string ClientScript = """
        (function () {
          'use strict';
          var source = new EventSource('/_pmo/livereload/events');
          source.addEventListener('open', function () { document.documentElement.setAttribute('data-livereload', 'connected'); });
          source.addEventListener('reload', function () { location.reload(); });
          source.addEventListener('errors', function (event) {
            var errors = JSON.parse(event.data);
            var panel = document.getElementById('pmo-dev-errors');
            if (!errors.length) { if (panel) { panel.remove(); } return; }
            if (!panel) {
              panel = document.createElement('section');
              panel.id = 'pmo-dev-errors';
              panel.setAttribute('role', 'alert');
              document.body.appendChild(panel);
            }
            panel.textContent = '';
            var title = document.createElement('h2');
            title.textContent = 'Content errors (' + errors.length + ')';
            var list = document.createElement('pre');
            list.textContent = errors.join('\n');
            panel.appendChild(title);
            panel.appendChild(list);
          });
        })();
        """;
}
