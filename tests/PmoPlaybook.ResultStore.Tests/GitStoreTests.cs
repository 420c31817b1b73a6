using Microsoft.Extensions.Diagnostics.HealthChecks;
using PmoPlaybook.ResultStore.Git;
using PmoPlaybook.ResultStore.Tests.Support;
using PmoPlaybook.Testing;

namespace PmoPlaybook.ResultStore.Tests;

public sealed class GitStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new("pmo-git");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_repository_is_created_on_first_use_with_one_commit_per_record()
    {
        await using var results = ResultsHarness.Over(_temp);
        var store = Assert.IsType<GitResultStore>(results.Store);
        Assert.False(Directory.Exists(Path.Combine(results.RepositoryPath, ".git")));

        await store.CommitAsync(Records.Response(1), CancellationToken.None);
        await store.CommitAsync(Records.Response(2), CancellationToken.None);

        var repo = results.RepositoryPath;
        Assert.Equal("main", GitRepository.Run(repo, "branch", "--show-current").Trim());
        Assert.Equal("PmoPlaybook", GitRepository.Run(repo, "config", "user.name").Trim());
        Assert.Equal("pmoplaybook@localhost", GitRepository.Run(repo, "config", "user.email").Trim());
        Assert.Equal([Records.Response(1).CommitMessage, Records.Response(2).CommitMessage], GitRepository.Subjects(repo));
        Assert.Equal("PmoPlaybook <pmoplaybook@localhost>", GitRepository.Run(repo, "log", "-1", "--format=%an <%ae>").Trim());
        Assert.Equal(Records.Response(2).Path, GitRepository.Run(repo, "show", "--format=", "--name-only", "HEAD").Trim());
        Assert.Equal(Records.Response(2).Content, GitRepository.Run(repo, "show", "HEAD:" + Records.Response(2).Path));
        Assert.Equal("", GitRepository.Run(repo, "status", "--porcelain"));
    }

    [Fact]
    public async Task Committing_the_same_record_again_makes_no_new_commit()
    {
        await using var results = ResultsHarness.Over(_temp);
        var record = Records.Response(1);
        await results.Store.CommitAsync(record, CancellationToken.None);
        await results.Store.CommitAsync(record, CancellationToken.None);
        Assert.Equal(1, GitRepository.CommitCount(results.RepositoryPath));

        // A working-tree file lost or damaged after the commit is put back, still without a commit.
        File.WriteAllText(Path.Combine(results.RepositoryPath, record.Path), "damaged");
        await results.Store.CommitAsync(record, CancellationToken.None);
        Assert.Equal(1, GitRepository.CommitCount(results.RepositoryPath));
        Assert.Equal(record.Content, File.ReadAllText(Path.Combine(results.RepositoryPath, record.Path)));

        // Deleted from the working tree by hand (so HEAD is not asked first): git finds nothing to commit, and
        // that is a success, not an error to retry.
        File.Delete(Path.Combine(results.RepositoryPath, record.Path));
        await results.Store.CommitAsync(record, CancellationToken.None);
        Assert.Equal(1, GitRepository.CommitCount(results.RepositoryPath));
        Assert.Equal(record.Content, File.ReadAllText(Path.Combine(results.RepositoryPath, record.Path)));
    }

    [Fact]
    public async Task Messages_and_paths_are_single_arguments_never_shell_text()
    {
        await using var results = ResultsHarness.Over(_temp);
        var record = new ResultRecord("results/-rf.json", "{}", "assessment x: response $(touch pwned) `id` ; rm -rf / \"quoted\"");
        await results.Store.CommitAsync(record, CancellationToken.None);
        Assert.Equal([record.CommitMessage], GitRepository.Subjects(results.RepositoryPath));
        Assert.False(File.Exists(Path.Combine(results.RepositoryPath, "pwned")));
    }

    [Fact]
    public async Task Only_the_record_is_committed_even_with_other_changes_in_the_working_tree()
    {
        await using var results = ResultsHarness.Over(_temp);
        await results.Store.CommitAsync(Records.Response(1), CancellationToken.None);
        File.WriteAllText(Path.Combine(results.RepositoryPath, "stray.txt"), "not a result");
        GitRepository.Run(results.RepositoryPath, "add", "stray.txt");

        await results.Store.CommitAsync(Records.Response(2), CancellationToken.None);
        Assert.Equal(Records.Response(2).Path, GitRepository.Run(results.RepositoryPath, "show", "--format=", "--name-only", "HEAD").Trim());
    }

    [Fact]
    public async Task A_held_or_corrupt_shared_index_blocks_nothing_and_its_lock_is_left_to_its_owner()
    {
        await using var results = ResultsHarness.Over(_temp);
        await results.StartWriterAsync();
        await results.Outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        await results.DrainedAsync();

        // Someone's git holds the repository's index lock, and the index itself is garbage (what overwriting a
        // lock git held once did to it): the writer commits with its own index all the same.
        var lockFile = Path.Combine(results.RepositoryPath, ".git", "index.lock");
        File.WriteAllText(lockFile, "");
        File.WriteAllText(Path.Combine(results.RepositoryPath, ".git", "index"), "held by the test");
        await results.Outbox.EnqueueAsync(Records.Response(2), CancellationToken.None);
        await results.Outbox.EnqueueAsync(Records.Response(3), CancellationToken.None);
        await results.DrainedAsync();

        Assert.Equal(
            [Records.Response(1).CommitMessage, Records.Response(2).CommitMessage, Records.Response(3).CommitMessage],
            GitRepository.Subjects(results.RepositoryPath));
        Assert.True(File.Exists(lockFile), "a lock the writer does not own is not touched");
        Assert.Equal(0, results.Status.Current.ConsecutiveFailures);
        File.Delete(lockFile);
        Assert.Equal("", GitRepository.Run(results.RepositoryPath, "status", "--porcelain"));
        Assert.Equal(HealthStatus.Healthy, (await results.CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task A_held_branch_lock_makes_commits_wait_and_the_writer_retries_until_it_is_released()
    {
        await using var results = ResultsHarness.Over(_temp);
        await results.StartWriterAsync();
        await results.Outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        await results.DrainedAsync();

        // A person's `git commit` in the results folder, in progress: the branch is theirs until they finish.
        var lockFile = Path.Combine(results.RepositoryPath, ".git", "refs", "heads", "main.lock");
        File.WriteAllText(lockFile, "");
        await results.Outbox.EnqueueAsync(Records.Response(2), CancellationToken.None);
        await results.Outbox.EnqueueAsync(Records.Response(3), CancellationToken.None);
        await Eventually.UntilAsync(() => results.Status.Current.ConsecutiveFailures >= 3, "the writer has retried the locked commit");

        Assert.Equal(2, results.FileOutbox.Backlog().Count);
        Assert.Equal(1, GitRepository.CommitCount(results.RepositoryPath));
        var health = await results.CheckHealthAsync();
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("main.lock", (string)health.Data["lastError"]);
        Assert.Contains("main.lock", results.Logs.All);

        File.Delete(lockFile);
        await results.DrainedAsync();
        Assert.Equal(
            [Records.Response(1).CommitMessage, Records.Response(2).CommitMessage, Records.Response(3).CommitMessage],
            GitRepository.Subjects(results.RepositoryPath));
        Assert.Equal(HealthStatus.Healthy, (await results.CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task A_branch_moved_by_someone_else_is_built_on_never_overwritten()
    {
        await using var results = ResultsHarness.Over(_temp);
        await results.Store.CommitAsync(Records.Response(1), CancellationToken.None);
        var repo = results.RepositoryPath;
        File.WriteAllText(Path.Combine(repo, "README.md"), "Results of the PMO playbook.");
        GitRepository.Run(repo, "add", "README.md");
        GitRepository.Run(repo, new Dictionary<string, string> { ["GIT_AUTHOR_NAME"] = "Op", ["GIT_AUTHOR_EMAIL"] = "op@example.org", ["GIT_COMMITTER_NAME"] = "Op", ["GIT_COMMITTER_EMAIL"] = "op@example.org" },
            "commit", "--quiet", "-m", "readme by hand");

        // The first attempt finds the branch moved (update-ref refuses); the retry builds on the new tip.
        await Assert.ThrowsAsync<GitCommandException>(() => results.Store.CommitAsync(Records.Response(2), CancellationToken.None));
        await results.Store.CommitAsync(Records.Response(2), CancellationToken.None);

        Assert.Equal([Records.Response(1).CommitMessage, "readme by hand", Records.Response(2).CommitMessage], GitRepository.Subjects(repo));
        Assert.Equal("Results of the PMO playbook.", GitRepository.Run(repo, "show", "HEAD:README.md"));
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_makes_the_store_unusable()
    {
        // Permission bits do not stop root, so make the repository's parent a file.
        File.WriteAllText(_temp.Combine("blocker"), "");
        await using var results = ResultsHarness.Over(_temp, new Dictionary<string, string?> { ["Results:RepositoryPath"] = _temp.Combine("blocker", "repository") });
        var check = await results.Store.CheckAsync(CancellationToken.None);
        Assert.False(check.Usable);
        Assert.Contains("not writable", check.Reason);
        var health = await results.HealthReportAsync();
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
    }
}
