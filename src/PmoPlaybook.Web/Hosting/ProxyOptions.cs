using System.Net;

namespace PmoPlaybook.Web.Hosting;

/// <summary>
/// Which reverse proxies the app believes about the client (X-Forwarded-For), the scheme (-Proto) and the
/// host (-Host). Section "Proxy" in appsettings.json; lists are JSON arrays or, from environment variables,
/// comma-separated (<c>Proxy__KnownNetworks=10.0.0.0/8,fd00::/8</c>).
/// </summary>
public sealed class ProxyOptions : ISettingsProblems
{
    public const string Section = "Proxy";

    /// <summary>The loopback addresses: a proxy on the same machine (nginx, Caddy) is trusted without configuration.</summary>
    public static IReadOnlyList<IPNetwork> Loopback { get; } = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    /// <summary>false: every X-Forwarded-* header is ignored (the app faces readers directly).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Proxy addresses to trust (10.0.0.5). With neither list set, only loopback is trusted.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks to trust in CIDR notation (10.0.0.0/8). Setting either list replaces the loopback default.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies of an X-Forwarded-For chain to walk back (2 for CDN → nginx → app, with both trusted).</summary>
    public int ForwardLimit { get; set; } = 1;

    public IReadOnlyList<IPAddress> Proxies() => [.. KnownProxies.Select(IPAddress.Parse)];

    /// <summary>The trusted networks: those configured, or loopback when no proxy or network is configured.</summary>
    public IReadOnlyList<IPNetwork> Networks() =>
        KnownProxies.Count == 0 && KnownNetworks.Count == 0 ? Loopback : [.. KnownNetworks.Select(IPNetwork.Parse)];

    /// <summary>What is wrong with the settings, one message per bad value, so start-up can say exactly what to fix.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return $"Proxy:KnownProxies: '{proxy}' is not an IP address (e.g. 10.0.0.5 or ::1)";
        }
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return $"Proxy:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/8)";
        }
        if (ForwardLimit < 1)
        {
            yield return $"Proxy:ForwardLimit: {ForwardLimit} must be 1 or more";
        }
    }
}
