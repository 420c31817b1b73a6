using Microsoft.Extensions.Diagnostics.HealthChecks;
using PmoPlaybook.ResultStore.GitHub;
using PmoPlaybook.ResultStore.Tests.Support;
using PmoPlaybook.Testing;
using PmoPlaybook.Testing.FakeGitHub;

namespace PmoPlaybook.ResultStore.Tests;

/// <summary>The GitHub store with the real Octokit client, against the fake GitHub API on 127.0.0.1.</summary>
public sealed class GitHubStoreTests : IAsyncLifetime
{
    private const string Token = "ghp_fakeSecretToken0123456789abcdef";

    private readonly TempDirectory _temp = new("pmo-github");
    private FakeGitHubServer _github = null!;

    public async Task InitializeAsync() => _github = await FakeGitHubServer.StartAsync("acme", "pmo-results", Token);

    public async Task DisposeAsync()
    {
        await _github.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Records_are_committed_straight_to_the_branch_one_commit_each()
    {
        await using var results = Harness();
        Assert.IsType<GitHubResultStore>(results.Store);
        await results.StartWriterAsync();
        for (var i = 0; i < 3; i++)
        {
            await results.Outbox.EnqueueAsync(Records.Response(i), CancellationToken.None);
        }
        await results.DrainedAsync();

        Assert.Equal(
            Enumerable.Range(0, 3).Select(i => new { Records.Response(i).CommitMessage, Records.Response(i).Path, Branch = "main" }),
            _github.Commits.Select(c => new { CommitMessage = c.Message, c.Path, c.Branch }));
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(Records.Response(i).Content, _github.ReadFile("main", Records.Response(i).Path)));
        Assert.Empty(_github.PullRequests);
        Assert.All(_github.Requests, r => Assert.StartsWith("/api/v3/repos/acme/pmo-results/", r[(r.IndexOf(' ', StringComparison.Ordinal) + 1)..]));

        // The local mirror serves reads.
        Assert.Equal(Records.Response(1).Content, await results.Archive.ReadAsync(Records.Response(1).Path, CancellationToken.None));
        var listed = await results.Archive.ListAsync("results/pmo-maturity/", CancellationToken.None);
        Assert.Equal(3, listed.Count);
        Assert.All(listed, r => Assert.True(r.Committed));
    }

    [Fact]
    public async Task A_record_already_on_the_branch_makes_no_second_commit()
    {
        await using var results = Harness();
        var record = Records.Response(1);
        await results.Store.CommitAsync(record, CancellationToken.None);
        await results.Store.CommitAsync(record, CancellationToken.None);
        Assert.Single(_github.Commits);
        Assert.Equal(FakeGitHubServer.BlobSha(record.Content), GitBlob.Sha(record.Content));
    }

    [Fact]
    public async Task In_pull_request_mode_each_record_gets_its_own_branch_and_pull_request()
    {
        await using var results = Harness(new() { ["Results:GitHub:PullRequests"] = "true" });
        await results.StartWriterAsync();
        await results.Outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        await results.Outbox.EnqueueAsync(Records.Response(2), CancellationToken.None);
        await results.DrainedAsync();

        Assert.Null(_github.ReadFile("main", Records.Response(1).Path));
        Assert.Equal(["main", "results/2025-03-14-r0001", "results/2025-03-14-r0002"], _github.Branches.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Records.Response(1).Content, _github.ReadFile("results/2025-03-14-r0001", Records.Response(1).Path));
        Assert.Equal(
            [
                new FakePullRequest(1, Records.Response(1).CommitMessage, "results/2025-03-14-r0001", "main", $"Adds `{Records.Response(1).Path}`, submitted through PmoPlaybook.", true),
                new FakePullRequest(2, Records.Response(2).CommitMessage, "results/2025-03-14-r0002", "main", $"Adds `{Records.Response(2).Path}`, submitted through PmoPlaybook.", true),
            ],
            _github.PullRequests);
        Assert.Equal(2, _github.Commits.Count);

        // Sent again (a crash before the outbox delete): no new branch, commit or pull request.
        await results.Store.CommitAsync(Records.Response(1), CancellationToken.None);
        Assert.Equal(2, _github.Commits.Count);
        Assert.Equal(2, _github.PullRequests.Count);
        Assert.Equal(3, _github.Branches.Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_record_is_committed()
    {
        await using var results = Harness();
        await results.StartWriterAsync();
        _github.FailNext(4, 502);
        await results.Outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        await results.DrainedAsync();

        Assert.Single(_github.Commits);
        Assert.Equal(Records.Response(1).Content, _github.ReadFile("main", Records.Response(1).Path));
        Assert.Equal(4, results.Logs.Lines.Count(l => l.Contains("failed (attempt", StringComparison.Ordinal)));
        Assert.Contains("(502 BadGateway)", results.Logs.All);
        Assert.Equal(HealthStatus.Healthy, (await results.CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried()
    {
        await using var results = Harness(new() { ["Results:GitHub:RequestTimeout"] = "00:00:00.300" });
        await results.StartWriterAsync();
        _github.StallNext(1, TimeSpan.FromSeconds(30));
        await results.Outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        await results.DrainedAsync();

        Assert.Single(_github.Commits);
        Assert.Contains("failed (attempt 1)", results.Logs.All);
    }

    [Fact]
    public async Task A_rejected_token_keeps_the_record_in_the_outbox_degrades_health_and_is_never_shown()
    {
        const string WrongToken = "ghp_wrongButSecret9876543210zyxwvu";
        await using var results = Harness(new() { ["Results:GitHub:Token"] = WrongToken });
        await results.StartWriterAsync();
        await results.Outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        await Eventually.UntilAsync(() => results.Status.Current.ConsecutiveFailures >= 3, "the writer has retried three times");

        Assert.True(_github.UnauthorizedResponses >= 3);
        Assert.Empty(_github.Commits);
        Assert.Equal(1, results.FileOutbox.Backlog().Count);
        Assert.Equal(Records.Response(1).Content, await results.Archive.ReadAsync(Records.Response(1).Path, CancellationToken.None));

        var health = await results.HealthReportAsync();
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Equal(1, health.Data["backlog"]);
        Assert.Equal("github", health.Data["store"]);
        var lastError = (string)health.Data["lastError"];
        Assert.Contains("AuthorizationException (401 Unauthorized)", lastError);
        Assert.Contains("Bad credentials", lastError);

        var shown = string.Join('\n', [results.Logs.All, health.Description, .. health.Data.Values.Select(v => v.ToString())]);
        Assert.Contains("401", results.Logs.All);
        Assert.DoesNotContain(WrongToken, shown);
        Assert.DoesNotContain(Token, shown);
        Assert.DoesNotContain("Authorization", results.Logs.All.Replace("AuthorizationException", "", StringComparison.Ordinal));

        // The operator fixes the token and restarts: the record waiting in the outbox is committed.
        await results.DisposeAsync();
        await using var fixedToken = Harness();
        await fixedToken.StartWriterAsync();
        await fixedToken.DrainedAsync();
        Assert.Equal(Records.Response(1).Content, _github.ReadFile("main", Records.Response(1).Path));
        Assert.Single(_github.Commits);
    }

    [Fact]
    public async Task The_store_check_does_not_call_github()
    {
        await using var results = Harness();
        var check = await results.Store.CheckAsync(CancellationToken.None);
        Assert.True(check.Usable);
        Assert.Contains("acme/pmo-results", check.Reason);
        Assert.Empty(_github.Requests);
    }

    private ResultsHarness Harness(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Results:Store"] = "github",
            ["Results:GitHub:Owner"] = "acme",
            ["Results:GitHub:Repository"] = "pmo-results",
            ["Results:GitHub:Token"] = Token,
            ["Results:GitHub:BaseUrl"] = _github.BaseUrl.ToString(),
            ["Results:GitHub:RequestTimeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }
        return ResultsHarness.Over(_temp, values);
    }
}
