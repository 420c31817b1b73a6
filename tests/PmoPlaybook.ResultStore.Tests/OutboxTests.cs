using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmoPlaybook.ResultStore.Files;
using PmoPlaybook.ResultStore.Outbox;
using PmoPlaybook.ResultStore.Tests.Support;
using PmoPlaybook.Testing;

namespace PmoPlaybook.ResultStore.Tests;

public sealed class OutboxTests : IDisposable
{
    private readonly TempDirectory _temp = new("pmo-outbox");

    private string OutboxPath => _temp.Combine("outbox");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task An_enqueued_record_is_one_complete_json_file_and_no_temporary_file_remains()
    {
        var outbox = NewOutbox();
        var record = Records.Response(1);
        await outbox.EnqueueAsync(record, CancellationToken.None);

        var files = Directory.GetFiles(OutboxPath);
        var file = Assert.Single(files);
        Assert.Matches(@"^\d{19}-\d{6}-[0-9a-f]{8}\.json$", Path.GetFileName(file));
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(record.Path, json.RootElement.GetProperty("path").GetString());
        Assert.Equal(record.Content, json.RootElement.GetProperty("content").GetString());
        Assert.Equal(record.CommitMessage, json.RootElement.GetProperty("commitMessage").GetString());
        Assert.Equal(record, outbox.Read(Assert.Single(outbox.Pending())));
    }

    [Fact]
    public async Task Pending_entries_keep_the_order_of_arrival_across_a_restart_even_if_the_clock_goes_back()
    {
        var later = new FixedTime(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));
        var first = NewOutbox(later);
        for (var i = 0; i < 20; i++)
        {
            await first.EnqueueAsync(Records.Response(i), CancellationToken.None);
        }
        // A restart on a machine whose clock is now an hour behind.
        var second = NewOutbox(new FixedTime(later.Now.AddHours(-1)));
        await second.EnqueueAsync(Records.Response(20), CancellationToken.None);

        var paths = second.Pending().Select(e => e.Path).ToList();
        Assert.Equal(Enumerable.Range(0, 21).Select(i => Records.Response(i).Path), paths);
        Assert.Equal(paths, Directory.GetFiles(OutboxPath).Order(StringComparer.Ordinal).Select(f => second.Read(new OutboxEntry(Path.GetFileName(f), "", default)).Path));
    }

    [Fact]
    public async Task The_same_record_twice_is_one_entry_but_different_content_at_the_same_path_is_refused()
    {
        var outbox = NewOutbox();
        var record = Records.Response(7);
        await outbox.EnqueueAsync(record, CancellationToken.None);
        await outbox.EnqueueAsync(record, CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => outbox.EnqueueAsync(record, CancellationToken.None))));
        Assert.Single(Directory.GetFiles(OutboxPath));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            outbox.EnqueueAsync(record with { Content = """{"different":true}""" }, CancellationToken.None));
        Assert.Contains(record.Path, error.Message);
        Assert.Single(Directory.GetFiles(OutboxPath));
    }

    [Fact]
    public async Task A_path_already_committed_is_accepted_again_only_with_the_same_content()
    {
        var committed = new CommittedFiles(_temp.Combine("repository"));
        var record = Records.Response(3);
        committed.Write(record);
        var outbox = NewOutbox(committed: committed);

        await outbox.EnqueueAsync(record, CancellationToken.None);
        Assert.Empty(outbox.Pending());
        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.EnqueueAsync(record with { Content = "{}" }, CancellationToken.None));
    }

    [Fact]
    public async Task A_revision_waits_behind_the_earlier_versions_of_its_path_also_across_a_restart()
    {
        var committed = new CommittedFiles(_temp.Combine("repository"));
        var plan = new ResultRecord("plans/pmo-maturity/2025/2025-03-14-r0001.json", """{"version":1}""", "assessment pmo-maturity: plan for response r0001");
        committed.Write(plan);
        var outbox = NewOutbox(committed: committed);

        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.EnqueueAsync(plan with { Content = """{"version":2}""" }, CancellationToken.None));
        await outbox.EnqueueAsync(plan with { Content = """{"version":2}""", Revision = true }, CancellationToken.None);
        await outbox.EnqueueAsync(plan with { Content = """{"version":3}""", Revision = true }, CancellationToken.None);
        await outbox.EnqueueAsync(plan with { Content = """{"version":3}""", Revision = true }, CancellationToken.None);

        var restarted = NewOutbox(committed: committed);
        Assert.Equal(["""{"version":2}""", """{"version":3}"""], restarted.Pending().Select(e => restarted.Read(e).Content));
        Assert.Equal("""{"version":3}""", restarted.ReadPending(plan.Path));
        Assert.Equal(["""{"version":3}"""], restarted.ListPending("plans/").Select(r => r.Content));
        Assert.Equal("""{"version":3}""", restarted.FindPending("plans/pmo-maturity/", "r0001")?.Content);

        // Committed in order: once the older version is gone, the newer one is still what is read.
        restarted.Remove(restarted.Pending()[0]);
        Assert.Equal("""{"version":3}""", restarted.ReadPending(plan.Path));
        restarted.Remove(restarted.Pending()[0]);
        Assert.Null(restarted.ReadPending(plan.Path));
    }

    [Fact]
    public async Task Removing_the_latest_revision_first_leaves_the_earlier_version_readable()
    {
        var outbox = NewOutbox();
        var record = Records.Response(5);
        await outbox.EnqueueAsync(record, CancellationToken.None);
        await outbox.EnqueueAsync(record with { Content = """{"revised":true}""", Revision = true }, CancellationToken.None);

        outbox.Remove(outbox.Pending()[1]);

        Assert.Equal(record.Content, outbox.ReadPending(record.Path));
    }

    [Fact]
    public async Task A_file_damaged_after_it_was_accepted_is_set_aside_when_read_and_lookups_go_on()
    {
        var outbox = NewOutbox();
        await outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        await outbox.EnqueueAsync(Records.Response(2), CancellationToken.None);
        var damaged = outbox.Pending()[0];
        File.WriteAllText(Path.Combine(OutboxPath, damaged.FileName), """{"path":"results/pmo-maturity/2025/2025-03-14-r0001.json","content":"{no json""");

        Assert.Null(outbox.ReadPending(Records.Response(1).Path));
        Assert.Equal([Records.Response(2).Path], outbox.ListPending("").Select(r => r.Path));
        Assert.Equal([damaged.FileName], outbox.Quarantined());
        Assert.True(File.Exists(Path.Combine(OutboxPath, FileOutbox.RejectedFolder, damaged.FileName)));
        Assert.Equal([Records.Response(2).Path], outbox.Pending().Select(e => e.Path));
    }

    [Theory]
    [InlineData("../escape.json", "{}", "m")]
    [InlineData("results/x.json", "not json", "m")]
    [InlineData("results/x.json", "{}", "")]
    [InlineData("results/x.json", "{}", "two\nlines")]
    public async Task Invalid_records_are_refused_before_anything_is_written(string path, string content, string message)
    {
        var outbox = NewOutbox();
        await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(new ResultRecord(path, content, message), CancellationToken.None));
        Assert.Empty(Directory.Exists(OutboxPath) ? Directory.GetFiles(OutboxPath) : []);
    }

    [Fact]
    public async Task What_a_crash_leaves_is_cleaned_up_on_start_without_losing_a_record()
    {
        await NewOutbox().EnqueueAsync(Records.Response(1), CancellationToken.None);
        // A write cut short (never acknowledged), and a file that is not a record at all.
        File.WriteAllText(Path.Combine(OutboxPath, DurableFile.TempPrefix + "abc"), """{"path":"results/""");
        File.WriteAllText(Path.Combine(OutboxPath, "0000000000000000001-000000-deadbeef.json"), "garbage");

        var restarted = NewOutbox();
        var entry = Assert.Single(restarted.Pending());
        Assert.Equal(Records.Response(1).Path, entry.Path);
        Assert.False(File.Exists(Path.Combine(OutboxPath, DurableFile.TempPrefix + "abc")));
        Assert.True(File.Exists(Path.Combine(OutboxPath, FileOutbox.RejectedFolder, "0000000000000000001-000000-deadbeef.json")));
    }

    [Fact]
    public async Task Removing_an_entry_deletes_its_file_and_wakes_no_one_needlessly()
    {
        var outbox = NewOutbox();
        await outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        // The enqueue signalled the writer once.
        await outbox.WaitForWorkAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        outbox.Remove(Assert.Single(outbox.Pending()));
        Assert.Empty(Directory.GetFiles(OutboxPath));
        Assert.Equal(new OutboxBacklog(0, null), outbox.Backlog());
    }

    [Fact]
    public async Task The_backlog_reports_count_and_oldest_arrival()
    {
        var time = new FixedTime(new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero));
        var outbox = NewOutbox(time);
        await outbox.EnqueueAsync(Records.Response(1), CancellationToken.None);
        time.Now = time.Now.AddMinutes(5);
        await outbox.EnqueueAsync(Records.Response(2), CancellationToken.None);
        Assert.Equal(new OutboxBacklog(2, new DateTimeOffset(2025, 3, 14, 12, 0, 0, TimeSpan.Zero)), outbox.Backlog());
    }

    private FileOutbox NewOutbox(TimeProvider? time = null, CommittedFiles? committed = null) => new(
        Options.Create(new ResultsOptions { OutboxPath = OutboxPath, RepositoryPath = _temp.Combine("repository") }),
        committed ?? new CommittedFiles(_temp.Combine("repository")),
        time ?? TimeProvider.System,
        NullLogger<FileOutbox>.Instance);
}
