using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Octokit;
using PmoPlaybook.ResultStore.Outbox;
using PmoPlaybook.ResultStore.Tests.Support;
using PmoPlaybook.Testing;

namespace PmoPlaybook.ResultStore.Tests;

public sealed class HealthAndArchiveTests : IDisposable
{
    private readonly TempDirectory _temp = new("pmo-health");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Health_reports_the_backlog_and_drains_to_empty()
    {
        await using var results = ResultsHarness.Over(_temp);
        for (var i = 0; i < 3; i++)
        {
            await results.Outbox.EnqueueAsync(Records.Response(i), CancellationToken.None);
        }

        var waiting = await results.HealthReportAsync();
        Assert.Equal(HealthStatus.Healthy, waiting.Status);
        Assert.Equal("git", waiting.Data["store"]);
        Assert.Equal(3, waiting.Data["backlog"]);
        Assert.InRange((double)waiting.Data["oldestPendingSeconds"], 0, 60);
        Assert.Equal("", waiting.Data["lastError"]);

        await results.StartWriterAsync();
        await results.DrainedAsync();
        var drained = await results.HealthReportAsync();
        Assert.Equal(HealthStatus.Healthy, drained.Status);
        Assert.Equal(0, drained.Data["backlog"]);
        Assert.Equal(0.0, drained.Data["oldestPendingSeconds"]);
    }

    [Fact]
    public async Task An_outbox_that_cannot_be_written_is_unhealthy()
    {
        File.WriteAllText(_temp.Combine("blocker"), "");
        await using var results = ResultsHarness.Over(_temp, new Dictionary<string, string?> { ["Results:OutboxPath"] = _temp.Combine("blocker", "outbox") });
        var health = await results.CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("outbox", health.Description);
    }

    [Fact]
    public void Failure_descriptions_keep_type_status_and_message_and_mask_the_token()
    {
        var failures = new FailureDescription(Options.Create(new ResultsOptions { GitHub = { Token = "s3cret-token" } }));
        Assert.Equal("ApiException (502 BadGateway): upstream failed", failures.Describe(new ApiException("upstream failed", HttpStatusCode.BadGateway)));
        Assert.Equal("IOException: token *** leaked? ", failures.Describe(new IOException("token s3cret-token leaked?\n")));
    }

    [Fact]
    public async Task The_archive_reads_pending_and_committed_results_alike()
    {
        await using var results = ResultsHarness.Over(_temp);
        var pending = Records.Response(1);
        var other = Records.Response(2, assessment: "risk-readiness");
        await results.Outbox.EnqueueAsync(pending, CancellationToken.None);
        await results.Outbox.EnqueueAsync(other, CancellationToken.None);

        Assert.Equal(pending.Content, await results.Archive.ReadAsync(pending.Path, CancellationToken.None));
        Assert.Equal([new StoredResult(pending.Path, pending.Content, Committed: false)], await results.Archive.ListAsync("results/pmo-maturity/", CancellationToken.None));
        Assert.Null(await results.Archive.ReadAsync("results/pmo-maturity/2025/none.json", CancellationToken.None));

        await results.StartWriterAsync();
        await results.DrainedAsync();
        Assert.Equal(pending.Content, await results.Archive.ReadAsync(pending.Path, CancellationToken.None));
        Assert.Equal([new StoredResult(pending.Path, pending.Content, Committed: true)], await results.Archive.ListAsync("results/pmo-maturity", CancellationToken.None));
        Assert.Equal(2, (await results.Archive.ListAsync("", CancellationToken.None)).Count);
        Assert.Empty(await results.Archive.ListAsync("feedback/", CancellationToken.None));
    }

    [Fact]
    public async Task The_archive_finds_a_record_by_its_key_pending_committed_and_after_a_restart()
    {
        var first = Records.Response(1);
        var elsewhere = Records.Response(2, assessment: "risk-readiness");
        var later = Records.Response(3);
        await using (var results = ResultsHarness.Over(_temp))
        {
            await results.Outbox.EnqueueAsync(first, CancellationToken.None);
            await results.Outbox.EnqueueAsync(elsewhere, CancellationToken.None);

            Assert.Equal(new StoredResult(first.Path, first.Content, Committed: false), await results.Archive.FindAsync("results/pmo-maturity/", "r0001", CancellationToken.None));
            Assert.Null(await results.Archive.FindAsync("results/pmo-maturity/", "r0002", CancellationToken.None));
            Assert.Null(await results.Archive.FindAsync("results/pmo-maturity/", "r9999", CancellationToken.None));

            await results.StartWriterAsync();
            await results.DrainedAsync();
            Assert.Equal(new StoredResult(first.Path, first.Content, Committed: true), await results.Archive.FindAsync("results/pmo-maturity", "r0001", CancellationToken.None));

            // Committed after the first lookup read the folder: the writer's own write makes it known.
            await results.Outbox.EnqueueAsync(later, CancellationToken.None);
            await results.DrainedAsync();
            Assert.Equal(new StoredResult(later.Path, later.Content, Committed: true), await results.Archive.FindAsync("results/pmo-maturity/", "r0003", CancellationToken.None));
        }

        await using var restarted = ResultsHarness.Over(_temp);
        Assert.Equal(elsewhere.Content, (await restarted.Archive.FindAsync("results/risk-readiness/", "r0002", CancellationToken.None))?.Content);
        Assert.Equal(first.Content, (await restarted.Archive.FindAsync("", "r0001", CancellationToken.None))?.Content);
    }

    [Theory]
    [InlineData("")]
    [InlineData("R0001")]
    [InlineData("../r0001")]
    [InlineData("r0001.json")]
    [InlineData("2025-03-14-r0001")]
    public async Task A_key_that_is_not_a_plain_key_finds_nothing(string key)
    {
        await using var results = ResultsHarness.Over(_temp);
        await results.Store.CommitAsync(Records.Response(1), CancellationToken.None);

        Assert.Null(await results.Archive.FindAsync("results/pmo-maturity/", key, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => results.Archive.FindAsync("../", "r0001", CancellationToken.None));
    }

    [Fact]
    public async Task The_archive_refuses_hostile_paths_and_never_lists_git_internals()
    {
        await using var results = ResultsHarness.Over(_temp);
        await results.Store.CommitAsync(Records.Response(1), CancellationToken.None);
        File.WriteAllText(Path.Combine(results.RepositoryPath, ".git", "leak.json"), "{}");
        File.WriteAllText(Path.Combine(results.RepositoryPath, "Upper.json"), "{}");

        await Assert.ThrowsAsync<ArgumentException>(() => results.Archive.ReadAsync("../outbox/x.json", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => results.Archive.ReadAsync(".git/leak.json", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => results.Archive.ListAsync("../", CancellationToken.None));
        var all = await results.Archive.ListAsync("", CancellationToken.None);
        Assert.Equal([Records.Response(1).Path], all.Select(r => r.Path));
    }
}
