using System.Net;
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
        await using (var first = await StartAppAsync(fixture.Site, repository, outbox))
        {
            // One response creates the repository; then a held branch lock (someone's commit in progress) makes
            // every commit wait, so a backlog builds.
            var seed = await SubmitAsync(first.Client, 0);
            await AssessmentClient.WaitForCommitsAsync(repository, [seed]);
            var branchLock = Path.Combine(repository, ".git", "refs", "heads", "main.lock");
            await HoldLockAsync(branchLock);

            accepted = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => SubmitAsync(first.Client, i)));
            Assert.NotEmpty(Directory.GetFiles(outbox));

            first.Kill();
            File.Delete(branchLock);
        }

        Assert.True(Directory.GetFiles(outbox).Length >= accepted.Length, "the backlog survives the kill on disk");
        await using (var second = await StartAppAsync(fixture.Site, repository, outbox))
        {
            var subjects = await AssessmentClient.WaitForCommitsAsync(repository, accepted, () => string.Join('\n', second.Output.TakeLast(40)));

            Assert.All(accepted, id => Assert.Single(subjects, s => s == $"assessment pmo-maturity: response {id}"));
            using var health = await second.Client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            // The writer removes an entry just after its commit: look while the process still runs (disposing
            // it is a kill, which could land between the two).
            await Eventually.UntilAsync(() => Directory.GetFiles(outbox, "*.json").Length == 0, "the outbox is empty", TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>
    /// Takes a git lock file the way git does: created only when absent. Overwriting a lock a git command still
    /// holds makes git rename our bytes into place when it finishes (index.lock held that way once became a
    /// corrupt .git/index and turned this test red on loaded machines).
    /// </summary>
    private static Task HoldLockAsync(string lockFile) => Eventually.UntilAsync(() =>
    {
        try
        {
            using var created = new FileStream(lockFile, FileMode.CreateNew, FileAccess.Write);
            created.Write("held by the test"u8);
            return true;
        }
        catch (IOException) when (File.Exists(lockFile))
        {
            return false;
        }
    }, "git has released " + Path.GetFileName(lockFile));

    private static async Task<string> SubmitAsync(HttpClient client, int seed)
    {
        using var response = await AssessmentClient.SubmitAsync(client, AssessmentClient.Body(team: $"Crash {seed}", seed: seed));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await AssessmentClient.JsonAsync(response)).GetProperty("id").GetString()!;
    }

    /// <summary>The production app (PmoPlaybook.Web.dll) as its own process, over the fixture's built site.</summary>
    private static Task<ServerProcess> StartAppAsync(RunningSite site, string repository, string outbox) =>
        ServerProcess.StartAsync("PmoPlaybook.Web.dll", ["--urls", "http://127.0.0.1:{port}"], new Dictionary<string, string>
        {
            ["Site__SiteDirectory"] = site.OutputDirectory,
            ["Site__IndexDirectory"] = Path.Combine(Path.GetDirectoryName(site.OutputDirectory)!, "index"),
            ["Assessments__DefinitionsDirectory"] = Path.Combine(RepositoryPaths.Content, "assessments"),
            ["Results__RepositoryPath"] = repository,
            ["Results__OutboxPath"] = outbox,
            ["Results__RetryBaseDelay"] = "00:00:00.050",
            ["Results__RetryMaxDelay"] = "00:00:00.200",
            ["RateLimits__SubmissionsPerMinute"] = "10000",
        });
}
