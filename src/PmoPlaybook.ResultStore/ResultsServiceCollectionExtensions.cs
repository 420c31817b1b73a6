using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PmoPlaybook.ResultStore.Archive;
using PmoPlaybook.ResultStore.Files;
using PmoPlaybook.ResultStore.Git;
using PmoPlaybook.ResultStore.GitHub;
using PmoPlaybook.ResultStore.Health;
using PmoPlaybook.ResultStore.Outbox;

namespace PmoPlaybook.ResultStore;

/// <summary>The one place the results feature plugs into an app: <c>services.AddResults(configuration)</c>.</summary>
public static class ResultsServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates section "Results" (at start-up), and registers the outbox (<see cref="IResultOutbox"/>),
    /// the archive (<see cref="IResultArchive"/>), both stores keyed by name with <see cref="IResultStore"/> the
    /// one Results:Store names, and the writer as a hosted service.
    /// </summary>
    public static IServiceCollection AddResults(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ResultsOptions>()
            .Bind(configuration.GetSection(ResultsOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResultsOptions>, ResultsOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp => new CommittedFiles(sp.GetRequiredService<IOptions<ResultsOptions>>().Value.RepositoryRoot));
        services.TryAddSingleton<FileOutbox>();
        services.TryAddSingleton<IResultOutbox>(sp => sp.GetRequiredService<FileOutbox>());
        services.TryAddSingleton<IResultArchive, ResultArchive>();
        services.TryAddSingleton<WriterStatus>();
        services.TryAddSingleton<FailureDescription>();

        services.TryAddKeyedSingleton<IResultStore, GitResultStore>(ResultsOptions.GitStore);
        services.TryAddKeyedSingleton<IResultStore, GitHubResultStore>(ResultsOptions.GitHubStore);
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IResultStore>(sp.GetRequiredService<IOptions<ResultsOptions>>().Value.StoreName));

        services.AddHostedService<OutboxWriter>();
        return services;
    }

    /// <summary>Adds <see cref="ResultsHealthCheck"/> (default name "results") to the app's health checks.</summary>
    public static IHealthChecksBuilder AddResultsCheck(this IHealthChecksBuilder builder, string name = "results", IEnumerable<string>? tags = null) =>
        builder.AddCheck<ResultsHealthCheck>(name, HealthStatus.Unhealthy, tags ?? []);
}
