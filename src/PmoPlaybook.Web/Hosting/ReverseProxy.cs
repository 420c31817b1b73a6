using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PmoPlaybook.Web.Hosting;

/// <summary>
/// Behind nginx, Caddy or a CDN the app sees the proxy's address and plain http. Forwarded headers restore
/// the reader's address (which rate limiting counts by), the https scheme and the public host, but only
/// from proxies it trusts: anyone else could claim any address with one header.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services)
    {
        services.AddCheckedSettings<ProxyOptions>(ProxyOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
            {
                // Environment variables carry one string: Proxy__KnownProxies=10.0.0.5,10.0.0.6.
                var section = configuration.GetSection(ProxyOptions.Section);
                options.KnownProxies = Entries(section.GetSection(nameof(ProxyOptions.KnownProxies)), options.KnownProxies);
                options.KnownNetworks = Entries(section.GetSection(nameof(ProxyOptions.KnownNetworks)), options.KnownNetworks);
            });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) => Apply(proxy.Value, forwarded));
        return services;
    }

    /// <summary>First in the pipeline, so everything after it (logging, rate limits, redirects) sees the reader, not the proxy.</summary>
    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    public static void Apply(ProxyOptions proxy, ForwardedHeadersOptions forwarded)
    {
        forwarded.ForwardedHeaders = proxy.Enabled
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost
            : ForwardedHeaders.None;
        forwarded.ForwardLimit = proxy.ForwardLimit;
        // Replace ASP.NET's defaults rather than add to them: configuring a proxy means trusting exactly that one.
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var address in proxy.Proxies())
        {
            forwarded.KnownProxies.Add(address);
        }
        foreach (var network in proxy.Networks())
        {
            forwarded.KnownIPNetworks.Add(network);
        }
    }

    private static List<string> Entries(IConfigurationSection section, List<string> bound) =>
        section.Value is { } single
            ? [.. single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [.. bound.Select(b => b.Trim()).Where(b => b.Length > 0)];
}
