using Microsoft.Extensions.Diagnostics.HealthChecks;
using PmoPlaybook.Search.Querying;

namespace PmoPlaybook.Web.Health;

/// <summary>Search is usable when the build's index opens.</summary>
public sealed class SearchIndexHealthCheck(SearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsAvailable
            ? HealthCheckResult.Healthy("search index open", new Dictionary<string, object> { ["directory"] = index.Directory })
            : HealthCheckResult.Unhealthy($"no search index at {index.Directory} (run `pmo build`)"));
}
