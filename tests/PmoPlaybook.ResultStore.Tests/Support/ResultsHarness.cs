using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PmoPlaybook.ResultStore.Health;
using PmoPlaybook.ResultStore.Outbox;
using PmoPlaybook.Testing;

namespace PmoPlaybook.ResultStore.Tests.Support;

/// <summary>
/// The results feature composed exactly as the app composes it (<c>AddResults</c> over configuration), over
/// folders of a temp directory, with logs captured and retries in milliseconds. Dispose and build another
/// over the same folders to simulate a restart.
/// </summary>
public sealed class ResultsHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private bool _writerStarted;

    public ResultsHarness(string root, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        Root = root;
        var values = new Dictionary<string, string?>
        {
            ["Results:RepositoryPath"] = Path.Combine(root, "repository"),
            ["Results:OutboxPath"] = Path.Combine(root, "outbox"),
            ["Results:RetryBaseDelay"] = "00:00:00.005",
            ["Results:RetryMaxDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddResults(configuration);
        services.AddHealthChecks().AddResultsCheck();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public static ResultsHarness Over(TempDirectory temp, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null) =>
        new(temp.Path, settings, configure);

    public string Root { get; }

    public string RepositoryPath => Path.Combine(Root, "repository");

    public string OutboxPath => Path.Combine(Root, "outbox");

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _services;

    public IResultOutbox Outbox => _services.GetRequiredService<IResultOutbox>();

    public FileOutbox FileOutbox => _services.GetRequiredService<FileOutbox>();

    public IResultArchive Archive => _services.GetRequiredService<IResultArchive>();

    public IResultStore Store => _services.GetRequiredService<IResultStore>();

    public WriterStatus Status => _services.GetRequiredService<WriterStatus>();

    public OutboxWriter Writer => _services.GetServices<IHostedService>().OfType<OutboxWriter>().Single();

    public Task StartWriterAsync()
    {
        _writerStarted = true;
        return Writer.StartAsync(CancellationToken.None);
    }

    public async Task StopWriterAsync()
    {
        if (_writerStarted)
        {
            _writerStarted = false;
            await Writer.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Waits until the outbox is empty (every record committed).</summary>
    public Task DrainedAsync() => Eventually.UntilAsync(() => FileOutbox.Backlog().Count == 0, "the outbox is empty");

    public async Task<HealthCheckResult> CheckHealthAsync()
    {
        var check = ActivatorUtilities.CreateInstance<ResultsHealthCheck>(_services);
        return await check.CheckHealthAsync(new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("results", check, HealthStatus.Unhealthy, []),
        });
    }

    /// <summary>The check as the app runs it: through HealthCheckService with AddResultsCheck's registration.</summary>
    public async Task<HealthReportEntry> HealthReportAsync()
    {
        var report = await _services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries["results"];
    }

    public async ValueTask DisposeAsync()
    {
        await StopWriterAsync();
        await _services.DisposeAsync();
    }
}
