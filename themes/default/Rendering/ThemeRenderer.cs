using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PmoPlaybook.Theme.Rendering;

/// <summary>
/// Renders theme components to HTML. A renderer's dispatcher is single-threaded, so a parallel build
/// gives each worker its own; and since a renderer keeps every root component it rendered, a worker
/// starts a fresh one every <see cref="RecycleAfter"/> pages to keep memory flat on large sites.
/// </summary>
public sealed class ThemeRenderer : IAsyncDisposable
{
    public const int RecycleAfter = 256;

    private readonly ServiceProvider _services;
    private HtmlRenderer _renderer;
    private int _rendered;

    public ThemeRenderer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        // Without UnicodeRanges.All the encoder writes å, ä and ö as numeric entities.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        _services = services.BuildServiceProvider();
        _renderer = CreateRenderer();
    }

    public async Task RenderAsync<TComponent>(IDictionary<string, object?> parameters, TextWriter writer)
        where TComponent : IComponent
    {
        if (++_rendered % RecycleAfter == 0)
        {
            await _renderer.DisposeAsync();
            _renderer = CreateRenderer();
        }
        var renderer = _renderer;
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            output.WriteHtmlTo(writer);
        });
    }

    public async Task<string> RenderToStringAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var writer = new StringWriter();
        await RenderAsync<TComponent>(parameters, writer);
        return writer.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }

    private HtmlRenderer CreateRenderer() => new(_services, _services.GetRequiredService<ILoggerFactory>());
}
