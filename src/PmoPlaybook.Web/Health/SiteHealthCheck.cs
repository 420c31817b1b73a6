using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Health;

/// <summary>The site is usable when the build's output has its language chooser and 404 page.</summary>
public sealed class SiteHealthCheck(IOptions<SiteOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var root = options.Value.SiteRoot;
        var missing = new[] { "index.html", "404.html", "sitemap.xml" }.Where(f => !File.Exists(Path.Combine(root, f))).ToArray();
        return Task.FromResult(missing.Length == 0
            ? HealthCheckResult.Healthy("site built")
            : HealthCheckResult.Unhealthy($"site not built: missing {string.Join(", ", missing)} (run `pmo build`)"));
    }
}
