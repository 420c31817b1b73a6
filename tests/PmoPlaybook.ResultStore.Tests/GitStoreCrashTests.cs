using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoPlaybook.ResultStore.Files;
using PmoPlaybook.ResultStore.Git;
using PmoPlaybook.ResultStore.Tests.Support;
using PmoPlaybook.Testing;

namespace PmoPlaybook.ResultStore.Tests;

/// <summary>
/// The writer's process dies at each step of a commit (deterministically: the git runner freezes there and
/// leaves what a kill leaves), then a new one starts over the same folders: every record is committed exactly
/// once, in order of arrival, and the repository is left clean.
/// </summary>
public sealed class GitStoreCrashTests : IDisposable
{
    private const int Total = 6;
    private const int CrashAtRecord = 3;

    private readonly TempDirectory _temp = new("pmo-git-crash");

    public void Dispose() => _temp.Dispose();

    private string GitFolder => _temp.Combine("repository", ".git");

    public static TheoryData<string, CrashPoint, string?> Steps => new()
    {
        // `git add` of the plumbing: killed while it held the private index's lock.
        { "update-index", CrashPoint.During, GitResultStore.IndexFileName + ".lock" },
        { "update-index", CrashPoint.After, null },
        { "write-tree", CrashPoint.After, null },
        // A commit object exists that no branch points to.
        { "commit-tree", CrashPoint.After, null },
        // Killed while it held the branch's lock.
        { "update-ref", CrashPoint.During, "refs/heads/main.lock" },
        // Committed; the outbox entry is still there.
        { "update-ref", CrashPoint.After, null },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_kill_at_any_step_of_a_commit_loses_nothing_and_commits_nothing_twice(string command, CrashPoint point, string? leftLock)
    {
        CrashingGit? crashing = null;
        var first = ResultsHarness.Over(_temp, configure: services => services.AddKeyedSingleton<IResultStore>(ResultsOptions.GitStore, (sp, _) =>
            new GitResultStore(sp.GetRequiredService<IOptions<ResultsOptions>>(), sp.GetRequiredService<CommittedFiles>(), sp.GetRequiredService<ILogger<GitResultStore>>(),
                git => crashing = new CrashingGit(git, command, CrashAtRecord, point, leftLock is null ? null : () => File.WriteAllText(Path.Combine(GitFolder, leftLock), "")))));
        await EnqueueAllAsync(first);
        await first.StartWriterAsync();
        await Eventually.UntilAsync(() => crashing is not null, "the store is made");
        await crashing!.Crashed.WaitAsync(Eventually.DefaultTimeout);
        await first.DisposeAsync();
        if (leftLock is not null)
        {
            Assert.True(File.Exists(Path.Combine(GitFolder, leftLock)), "the kill left its lock");
        }

        await using var second = ResultsHarness.Over(_temp);
        await second.StartWriterAsync();
        await second.DrainedAsync();

        AssertCommittedOnceInOrder(second);
        if (leftLock is not null)
        {
            Assert.False(File.Exists(Path.Combine(GitFolder, leftLock)), "the new writer removed the lock its predecessor left");
            Assert.Contains("Removed " + Path.Combine(GitFolder, leftLock), second.Logs.All);
        }
    }

    [Fact]
    public async Task A_kill_while_the_records_file_is_renamed_into_place_leaves_a_temporary_file_that_is_cleaned_up()
    {
        var record = Records.Response(CrashAtRecord);
        CrashingGit? crashing = null;
        var folder = Path.GetDirectoryName(Path.Combine(_temp.Combine("repository"), record.Path))!;
        var first = ResultsHarness.Over(_temp, configure: services => services.AddKeyedSingleton<IResultStore>(ResultsOptions.GitStore, (sp, _) =>
            new GitResultStore(sp.GetRequiredService<IOptions<ResultsOptions>>(), sp.GetRequiredService<CommittedFiles>(), sp.GetRequiredService<ILogger<GitResultStore>>(),
                git => crashing = new CrashingGit(git, "update-index", CrashAtRecord, CrashPoint.During, () =>
                {
                    // Undo the rename: the file is still only the temporary one when the process dies.
                    File.Move(Path.Combine(_temp.Combine("repository"), record.Path), Path.Combine(folder, DurableFile.TempPrefix + "cut-short"));
                }))));
        await EnqueueAllAsync(first);
        await first.StartWriterAsync();
        await Eventually.UntilAsync(() => crashing is not null, "the store is made");
        await crashing!.Crashed.WaitAsync(Eventually.DefaultTimeout);
        await first.DisposeAsync();

        await using var second = ResultsHarness.Over(_temp);
        await second.StartWriterAsync();
        await second.DrainedAsync();

        AssertCommittedOnceInOrder(second);
        Assert.False(File.Exists(Path.Combine(folder, DurableFile.TempPrefix + "cut-short")));
    }

    [Fact]
    public async Task A_second_process_on_the_same_repository_is_refused_while_the_first_one_writes()
    {
        await using var first = ResultsHarness.Over(_temp);
        await first.Store.CommitAsync(Records.Response(1), CancellationToken.None);

        // Another instance configured with the same folders: its store must not commit beside the first one.
        await using var second = ResultsHarness.Over(_temp);
        var error = await Assert.ThrowsAsync<IOException>(() => second.Store.CommitAsync(Records.Response(2), CancellationToken.None));
        Assert.Contains("another process commits to the results repository", error.Message);
        var check = await second.Store.CheckAsync(CancellationToken.None);
        Assert.False(check.Usable);

        await first.DisposeAsync();
        await second.Store.CommitAsync(Records.Response(2), CancellationToken.None);
        Assert.Equal(2, GitRepository.CommitCount(second.RepositoryPath));
    }

    private static async Task EnqueueAllAsync(ResultsHarness results)
    {
        for (var i = 1; i <= Total; i++)
        {
            await results.Outbox.EnqueueAsync(Records.Response(i), CancellationToken.None);
        }
    }

    private static void AssertCommittedOnceInOrder(ResultsHarness results)
    {
        var repo = results.RepositoryPath;
        Assert.Equal(Enumerable.Range(1, Total).Select(i => Records.Response(i).CommitMessage), GitRepository.Subjects(repo));
        Assert.All(GitRepository.CommitsPerPath(repo).Values, count => Assert.Equal(1, count));
        Assert.All(Enumerable.Range(1, Total), i => Assert.Equal(Records.Response(i).Content, GitRepository.Run(repo, "show", "HEAD:" + Records.Response(i).Path)));
        Assert.Empty(Directory.GetFiles(results.OutboxPath, "*.json"));
        Assert.Equal("", GitRepository.Run(repo, "status", "--porcelain"));
        GitRepository.Run(repo, "fsck", "--no-dangling");
    }
}
