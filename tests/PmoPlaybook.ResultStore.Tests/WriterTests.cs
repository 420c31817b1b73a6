using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PmoPlaybook.ResultStore.Tests.Support;
using PmoPlaybook.Testing;

namespace PmoPlaybook.ResultStore.Tests;

public sealed class WriterTests : IDisposable
{
    private readonly TempDirectory _temp = new("pmo-writer");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Sixty_concurrent_submissions_make_sixty_files_and_exactly_sixty_commits()
    {
        await using var results = ResultsHarness.Over(_temp);
        await results.StartWriterAsync();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => results.Outbox.EnqueueAsync(Records.Response(i), CancellationToken.None))));
        await results.DrainedAsync();

        var repo = results.RepositoryPath;
        Assert.Equal(60, GitRepository.CommitCount(repo));
        var perPath = GitRepository.CommitsPerPath(repo);
        Assert.Equal(60, perPath.Count);
        Assert.All(perPath.Values, count => Assert.Equal(1, count));
        Assert.Equal(60, GitRepository.Run(repo, "ls-files").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(Enumerable.Range(0, 60), i => Assert.Equal(Records.Response(i).Content, File.ReadAllText(Path.Combine(repo, Records.Response(i).Path))));
        Assert.Equal(Enumerable.Range(0, 60).Select(i => Records.Response(i).CommitMessage).Order(), GitRepository.Subjects(repo).Order());
        Assert.Empty(Directory.GetFiles(results.OutboxPath));
        Assert.Equal("", GitRepository.Run(repo, "status", "--porcelain"));
    }

    [Fact]
    public async Task A_backlog_from_an_earlier_run_is_committed_on_start_in_order_of_arrival()
    {
        await using (var before = ResultsHarness.Over(_temp))
        {
            for (var i = 0; i < 10; i++)
            {
                await before.Outbox.EnqueueAsync(Records.Response(i), CancellationToken.None);
            }
        }
        await using var after = ResultsHarness.Over(_temp);
        Assert.Equal(10, after.FileOutbox.Backlog().Count);
        await after.StartWriterAsync();
        await after.DrainedAsync();

        Assert.Equal(Enumerable.Range(0, 10).Select(i => Records.Response(i).CommitMessage), GitRepository.Subjects(after.RepositoryPath));
        Assert.Contains("10 results left from an earlier run", after.Logs.All);
    }

    [Fact]
    public async Task A_damaged_outbox_file_is_set_aside_named_in_health_and_the_records_behind_it_are_committed()
    {
        await using var results = ResultsHarness.Over(_temp);
        for (var i = 0; i < 3; i++)
        {
            await results.Outbox.EnqueueAsync(Records.Response(i), CancellationToken.None);
        }
        var damaged = results.FileOutbox.Pending()[1];
        File.WriteAllBytes(Path.Combine(results.OutboxPath, damaged.FileName), [0xff, 0xfe, 0x00, 0x7b]);

        await results.StartWriterAsync();
        await results.DrainedAsync();

        Assert.Equal([Records.Response(0).CommitMessage, Records.Response(2).CommitMessage], GitRepository.Subjects(results.RepositoryPath));
        Assert.Contains($"Outbox file {damaged.FileName} could not be read", results.Logs.All);
        var health = await results.HealthReportAsync();
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains(damaged.FileName, health.Description);
        Assert.Equal([damaged.FileName], (IReadOnlyList<string>)health.Data["quarantined"]);
        Assert.DoesNotContain(results.Root, health.Description);
    }

    [Fact]
    public async Task Each_revision_of_a_record_is_one_more_commit_of_the_same_file()
    {
        await using var results = ResultsHarness.Over(_temp);
        var plan = new ResultRecord("plans/pmo-maturity/2025/2025-03-14-r0001.json", """{"actions":1}""", "assessment pmo-maturity: plan for response r0001");
        await results.StartWriterAsync();
        await results.Outbox.EnqueueAsync(plan, CancellationToken.None);
        await results.Outbox.EnqueueAsync(plan with { Content = """{"actions":2}""", Revision = true }, CancellationToken.None);
        await results.Outbox.EnqueueAsync(plan with { Content = """{"actions":3}""", Revision = true }, CancellationToken.None);
        await results.DrainedAsync();

        Assert.Equal(3, GitRepository.CommitsPerPath(results.RepositoryPath)[plan.Path]);
        Assert.Equal("""{"actions":3}""", File.ReadAllText(Path.Combine(results.RepositoryPath, "plans", "pmo-maturity", "2025", "2025-03-14-r0001.json")));
        Assert.Equal("""{"actions":3}""", await results.Archive.ReadAsync(plan.Path, CancellationToken.None));
        Assert.Equal("", GitRepository.Run(results.RepositoryPath, "status", "--porcelain"));
    }

    [Fact]
    public async Task A_writer_killed_mid_way_loses_nothing_and_commits_nothing_twice()
    {
        const int Total = 20;
        const int CrashAt = 8;
        InterruptedStore? interrupted = null;
        var first = ResultsHarness.Over(_temp, configure: services => services.AddSingleton<IResultStore>(sp =>
            interrupted = new InterruptedStore(sp.GetRequiredKeyedService<IResultStore>(ResultsOptions.GitStore), CrashAt)));
        for (var i = 0; i < Total; i++)
        {
            await first.Outbox.EnqueueAsync(Records.Response(i), CancellationToken.None);
        }
        await first.StartWriterAsync();
        // The 8th record is committed, then the process "dies" before its outbox file is removed.
        await interrupted!.Crashed.WaitAsync(Eventually.DefaultTimeout);
        await first.DisposeAsync();

        Assert.Equal(CrashAt, GitRepository.CommitCount(first.RepositoryPath));
        Assert.Equal(Total - CrashAt + 1, Directory.GetFiles(first.OutboxPath, "*.json").Length);

        await using var second = ResultsHarness.Over(_temp);
        await second.StartWriterAsync();
        await second.DrainedAsync();

        var repo = second.RepositoryPath;
        Assert.Equal(Enumerable.Range(0, Total).Select(i => Records.Response(i).CommitMessage), GitRepository.Subjects(repo));
        Assert.All(GitRepository.CommitsPerPath(repo).Values, count => Assert.Equal(1, count));
        Assert.Empty(Directory.GetFiles(second.OutboxPath, "*.json"));
        Assert.Contains("already committed with the same content", second.Logs.All);
    }

    [Fact]
    public async Task Stopping_the_writer_leaves_pending_records_in_place()
    {
        var results = ResultsHarness.Over(_temp, configure: services => services.AddSingleton<IResultStore>(new FailingStore()));
        await results.StartWriterAsync();
        await results.Outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        await Eventually.UntilAsync(() => results.Status.Current.ConsecutiveFailures >= 2, "the writer has failed twice");
        await results.DisposeAsync();

        Assert.Single(Directory.GetFiles(results.OutboxPath, "*.json"));
        Assert.Contains("1 results wait in the outbox", results.Logs.All);
    }

    [Fact]
    public async Task An_outbox_folder_that_cannot_be_read_is_retried_without_stopping_the_writer()
    {
        var blocker = _temp.Combine("blocker");
        File.WriteAllText(blocker, "");
        await using var results = ResultsHarness.Over(_temp, new Dictionary<string, string?> { ["Results:OutboxPath"] = Path.Combine(blocker, "outbox") });
        await results.StartWriterAsync();
        await Eventually.UntilAsync(() => results.Status.Current.ConsecutiveFailures >= 2, "reading the outbox has failed twice");
        Assert.Contains("reading the outbox failed", results.Logs.All);

        Assert.Equal(HealthStatus.Unhealthy, (await results.CheckHealthAsync()).Status);

        File.Delete(blocker);
        await Eventually.UntilAsync(() => results.Status.Current.LastError is null, "the writer reads the outbox again");
        Assert.Equal(HealthStatus.Healthy, (await results.CheckHealthAsync()).Status);
        await results.Outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        await results.DrainedAsync();
        Assert.Equal(1, GitRepository.CommitCount(results.RepositoryPath));
        Assert.False(results.Writer.ExecuteTask!.IsCompleted);
    }

    /// <summary>Commits through the real store until the n-th record, then hangs after committing it, as if killed.</summary>
    private sealed class InterruptedStore(IResultStore inner, int crashAt) : IResultStore
    {
        private readonly TaskCompletionSource _crashed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _commits;

        public Task Crashed => _crashed.Task;

        public string Name => inner.Name;

        public async Task CommitAsync(ResultRecord record, CancellationToken cancellationToken)
        {
            await inner.CommitAsync(record, cancellationToken);
            if (Interlocked.Increment(ref _commits) == crashAt)
            {
                _crashed.SetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        }

        public Task<StoreCheck> CheckAsync(CancellationToken cancellationToken) => inner.CheckAsync(cancellationToken);
    }

    private sealed class FailingStore : IResultStore
    {
        public string Name => "failing";

        public Task CommitAsync(ResultRecord record, CancellationToken cancellationToken) => throw new IOException("the store is down");

        public Task<StoreCheck> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(StoreCheck.Ok("fine"));
    }
}
