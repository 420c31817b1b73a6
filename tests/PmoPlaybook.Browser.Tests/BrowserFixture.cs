using Microsoft.Playwright;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Browser.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright against the real app on 127.0.0.1. Playwright never downloads a
/// browser here: tests/run installs the `chromium` package and we point Playwright at it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The access key that opens the PMO dashboard of this fixture's site.</summary>
    public const string DashboardKey = "browser-test-dashboard-key";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ];

    private readonly TempDirectory _home = new("pmo-chromium-home");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public RunningSite Site { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run tests/run, which installs Debian's chromium package");
        }
        // Chromium writes its profile under $HOME; keep it out of the user's home.
        Environment.SetEnvironmentVariable("HOME", _home.Path);
        // Every test here submits from 127.0.0.1 (responses, feedback, dashboard sign-ins: over 30 a minute when
        // the dashboard tests follow the assessment ones), so the per-address limit is lifted: it is tested
        // over HTTP in the integration tests, and a 429 here only showed up as a sign-in that never finished.
        Site = await RunningSite.StartAsync(RepositoryPaths.Content, liveReload: true,
            settings: new Dictionary<string, string?>
            {
                ["Dashboard:AccessKeyHash"] = Web.Dashboard.AccessKey.Hash(DashboardKey),
                ["RateLimits:SubmissionsPerMinute"] = "100000",
            });
        // Expect(...) retries for 5 s by default: a 2-core machine running other builds needs longer.
        SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A fresh page in its own context, with every console error and failed request recorded.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new() { Locale = "en-GB", BaseURL = Site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // The live-reload stream is cut when the page navigates, and the search box aborts a search the
            // reader has typed past (or navigated away from): neither is a failure.
            var cancelledOnPurpose = request.Failure?.Contains("ERR_ABORTED", StringComparison.Ordinal) == true
                && request.Url.Contains("/api/search", StringComparison.Ordinal);
            if (!request.Url.Contains("/_pmo/livereload/events", StringComparison.Ordinal) && !cancelledOnPurpose)
            {
                errors.Add($"request failed: {request.Url} {request.Failure}");
            }
        };
        return (page, errors);
    }

    public static string Screenshot(string name)
    {
        var folder = Path.Combine(RepositoryPaths.TestResults, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
        _home.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
