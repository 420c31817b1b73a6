using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

    public static async Task<RunningSite> StartAsync(string contentDirectory, bool liveReload = false)
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
            });
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
