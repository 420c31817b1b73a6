using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests.Assessments;

/// <summary>
/// Nothing accepted is ever lost: the app process is killed (SIGKILL, no shutdown) while its writer has a
/// backlog it cannot commit, and a new process commits every response exactly once.
/// </summary>
public class WriterCrashTests(AssessmentSiteFixture fixture) : IClassFixture<AssessmentSiteFixture>
{
    [Fact]
    public async Task Responses_accepted_before_a_kill_are_all_committed_once_after_a_restart()
    {
        using var temp = new TempDirectory("pmo-crash");
        var repository = temp.Combine("results");
        var outbox = temp.Combine("outbox");

        string[] accepted;
        await using (var first = await AppProcess.StartAsync(fixture.Site, repository, outbox))
        {
            // One response creates the repository; then a held index lock makes every commit fail, so a backlog builds.
            var seed = await SubmitAsync(first.Client, 0);
            await AssessmentClient.WaitForCommitsAsync(repository, [seed]);
            var indexLock = Path.Combine(repository, ".git", "index.lock");
            await File.WriteAllTextAsync(indexLock, "held by the test");

            accepted = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => SubmitAsync(first.Client, i)));
            Assert.NotEmpty(Directory.GetFiles(outbox));

            first.Kill();
            File.Delete(indexLock);
        }

        Assert.True(Directory.GetFiles(outbox).Length >= accepted.Length, "the backlog survives the kill on disk");
        await using (var second = await AppProcess.StartAsync(fixture.Site, repository, outbox))
        {
            var subjects = await AssessmentClient.WaitForCommitsAsync(repository, accepted);

            Assert.All(accepted, id => Assert.Single(subjects, s => s == $"assessment pmo-maturity: response {id}"));
            using var health = await second.Client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        Assert.Empty(Directory.GetFiles(outbox, "*.json"));
    }

    private static async Task<string> SubmitAsync(HttpClient client, int seed)
    {
        using var response = await AssessmentClient.SubmitAsync(client, AssessmentClient.Body(team: $"Crash {seed}", seed: seed));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await AssessmentClient.JsonAsync(response)).GetProperty("id").GetString()!;
    }

    /// <summary>The production app (PmoPlaybook.Web.dll) as its own process, over the fixture's built site.</summary>
    private sealed class AppProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private AppProcess(Process process, HttpClient client)
        {
            _process = process;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<AppProcess> StartAsync(RunningSite site, string repository, string outbox)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PmoPlaybook.Web.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add($"http://127.0.0.1:{port}");
            start.Environment["Site__SiteDirectory"] = site.OutputDirectory;
            start.Environment["Site__IndexDirectory"] = Path.Combine(Path.GetDirectoryName(site.OutputDirectory)!, "index");
            start.Environment["Assessments__DefinitionsDirectory"] = Path.Combine(RepositoryPaths.Content, "assessments");
            start.Environment["Results__RepositoryPath"] = repository;
            start.Environment["Results__OutboxPath"] = outbox;
            start.Environment["Results__RetryBaseDelay"] = "00:00:00.050";
            start.Environment["Results__RetryMaxDelay"] = "00:00:00.200";
            start.Environment["RateLimits__SubmissionsPerMinute"] = "10000";
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                try
                {
                    using var health = await client.GetAsync("/health");
                    if (health.StatusCode == HttpStatusCode.OK)
                    {
                        return new AppProcess(process, client);
                    }
                }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
                {
                }
                if (DateTime.UtcNow > deadline || process.HasExited)
                {
                    throw new InvalidOperationException("the app did not start");
                }
                await Task.Delay(100);
            }
        }

        /// <summary>SIGKILL: no graceful shutdown, the writer stops wherever it is.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
            _process.Dispose();
            return ValueTask.CompletedTask;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
