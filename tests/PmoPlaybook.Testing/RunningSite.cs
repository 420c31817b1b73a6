using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Web;

namespace PmoPlaybook.Testing;

/// <summary>
/// A site built from a content folder and served by the real web app on 127.0.0.1 with a free port:
/// the same composition production runs, spoken to over real HTTP.
/// </summary>
public sealed class RunningSite : IAsyncDisposable
{
    private readonly TempDirectory _temp;

    private RunningSite(TempDirectory temp, WebApplication app, BuildResult build, Uri baseAddress)
    {
        _temp = temp;
        App = app;
        Build = build;
        BaseAddress = baseAddress;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public WebApplication App { get; }

    public BuildResult Build { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public string OutputDirectory => _temp.Combine("site");

    /// <summary>Where this site's results repository and outbox are (inside its temporary folder).</summary>
    public string ResultsRepository => _temp.Combine("results");

    public string ResultsOutbox => _temp.Combine("results-outbox");

    /// <param name="settings">Configuration on top of the defaults (e.g. RateLimits:SubmissionsPerMinute).</param>
    public static async Task<RunningSite> StartAsync(string contentDirectory, bool liveReload = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var temp = new TempDirectory("pmo-site");
        var output = temp.Combine("site");
        var options = new BuildOptions(contentDirectory, output, PublishWithErrors: true);
        var build = await SiteGenerator.Default.BuildAsync(options, IBuildLog.Silent);
        var app = PlaybookApp.Create(["--urls", "http://127.0.0.1:0"], web =>
        {
            web.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Site:SiteDirectory"] = output,
                ["Site:IndexDirectory"] = options.IndexDirectory,
                ["Site:LiveReload"] = liveReload ? "true" : "false",
                ["Assessments:DefinitionsDirectory"] = Path.Combine(contentDirectory, "assessments"),
                ["Results:RepositoryPath"] = temp.Combine("results"),
                ["Results:OutboxPath"] = temp.Combine("results-outbox"),
            });
            if (settings is not null)
            {
                web.Configuration.AddInMemoryCollection(settings);
            }
            web.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningSite(temp, app, build, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _temp.Dispose();
    }
}
