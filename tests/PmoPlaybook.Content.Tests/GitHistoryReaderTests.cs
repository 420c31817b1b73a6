using PmoPlaybook.Content.History;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Content.Tests;

/// <summary>Content history from real repositories with scripted commits (fixed authors and dates).</summary>
public sealed class GitHistoryReaderTests : IDisposable
{
    private readonly GitRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private static readonly DateTimeOffset Day1 = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Ann and Bo edit, a page is renamed (and its old name reused), a translation is removed, a file outside content/ changes.</summary>
    private async Task<(ContentHistory History, string[] Commits)> ScriptedHistoryAsync()
    {
        _repo.Write(("content/en/a.md", "a"), ("content/en/old-name.md", "old"), ("content/sv/a.md", "a sv"), ("content/site.yml", "title: T"));
        var first = _repo.Commit("Ann Andersson", "Add the first pages", Day1);
        _repo.Write(("content/en/old-name.md", "old, edited"));
        var second = _repo.Commit("Bo Berg", "Fix a typo", Day1.AddDays(1));
        _repo.Move("content/en/old-name.md", "content/en/guides/new-name.md");
        var rename = _repo.Commit("Ann Andersson", "Move the guide into guides/", Day1.AddDays(2));
        _repo.Write(("content/en/guides/new-name.md", "old, edited, moved and edited"), ("content/en/a.md", "a, edited"));
        var fourth = _repo.Commit("Bo Berg", "Explain the guide", Day1.AddDays(3));
        _repo.Write(("README.md", "not content"));
        var outside = _repo.Commit("Bo Berg", "Outside content", Day1.AddDays(4));
        _repo.Write(("content/en/old-name.md", "a new page under the old name"));
        _repo.Remove("content/sv/a.md");
        var last = _repo.Commit("Ann Andersson", "Reuse the old name; drop a translation", Day1.AddDays(5));
        _repo.Write(("content/en/untracked.md", "never committed"));

        var history = await GitHistoryReader.ReadAsync(_repo.Combine("content"));
        return (history, [first, second, rename, fourth, outside, last]);
    }

    [Fact]
    public async Task A_renamed_page_keeps_its_older_history_and_contributors()
    {
        var (history, _) = await ScriptedHistoryAsync();

        var moved = history.For("en/guides/new-name.md")!;

        Assert.True(history.IsAvailable);
        Assert.Equal(4, moved.CommitCount);
        Assert.Equal((Day1.AddDays(3), "Bo Berg"), (moved.LastUpdated, moved.LastAuthor));
        // Two commits each: the more recent contributor first.
        Assert.Equal([new Contributor("Bo Berg", 2), new Contributor("Ann Andersson", 2)], moved.Contributors);
    }

    [Fact]
    public async Task A_name_reused_after_a_rename_starts_a_new_history_and_untracked_files_have_none()
    {
        var (history, _) = await ScriptedHistoryAsync();

        var reused = history.For("en/old-name.md")!;
        var edited = history.For("en/a.md")!;

        Assert.Equal((1, "Ann Andersson", Day1.AddDays(5)), (reused.CommitCount, reused.LastAuthor, reused.LastUpdated));
        Assert.Equal(2, edited.CommitCount);
        Assert.Equal(["Bo Berg", "Ann Andersson"], edited.Contributors.Select(c => c.Name));
        Assert.Null(history.For("en/untracked.md"));
        Assert.Null(history.For("sv/a.md"));
        Assert.Equal("content/", history.RepositoryPrefix);
        Assert.Equal("content/en/a.md", history.RepositoryPath("en/a.md"));
    }

    [Fact]
    public async Task Recent_commits_are_newest_first_follow_renames_and_skip_commits_outside_content()
    {
        var (history, commits) = await ScriptedHistoryAsync();

        Assert.Equal([commits[5], commits[3], commits[2], commits[1], commits[0]], history.Recent.Select(c => c.Id));
        var last = history.Recent[0];
        Assert.Equal(("Ann Andersson", "Reuse the old name; drop a translation", Day1.AddDays(5)), (last.Author, last.Subject, last.Date));
        Assert.Contains(new CommitFile("sv/a.md", FileChange.Deleted, null), last.Files);
        Assert.Contains(new CommitFile("en/old-name.md", FileChange.Added, "en/old-name.md"), last.Files);
        Assert.Equal([new CommitFile("en/guides/new-name.md", FileChange.Renamed, "en/guides/new-name.md")], history.Recent[2].Files);
        Assert.Equal([new CommitFile("en/old-name.md", FileChange.Modified, "en/guides/new-name.md")], history.Recent[3].Files);
        // The first commit's Swedish page was removed later: it has no current name.
        Assert.Contains(new CommitFile("sv/a.md", FileChange.Added, null), history.Recent[4].Files);
        Assert.Contains(new CommitFile("site.yml", FileChange.Added, "site.yml"), history.Recent[4].Files);
    }

    [Fact]
    public async Task Authors_are_names_only()
    {
        var (history, _) = await ScriptedHistoryAsync();

        Assert.DoesNotContain(history.Recent, c => c.Author.Contains('@'));
        Assert.DoesNotContain(history.For("en/a.md")!.Contributors, c => c.Name.Contains('@'));
    }

    [Fact]
    public async Task Content_outside_any_repository_has_no_history_and_no_error()
    {
        using var temp = new TempDirectory();
        ContentFixture.Write(temp.Path, ("en/index.md", ContentFixture.Page("Home")));

        var history = await GitHistoryReader.ReadAsync(temp.Path);

        Assert.False(history.IsAvailable);
        Assert.Contains("not in a Git repository", history.Note);
        Assert.Null(history.For("en/index.md"));
        Assert.Empty(history.Recent);
        Assert.Equal("content/", history.RepositoryPrefix);
    }

    [Fact]
    public async Task A_shallow_clone_has_no_history_rather_than_a_wrong_one()
    {
        await ScriptedHistoryAsync();
        using var clone = new TempDirectory("pmo-clone");
        _repo.Git("clone", "--quiet", "--depth", "1", "file://" + _repo.Path, clone.Combine("repo"));

        var history = await GitHistoryReader.ReadAsync(clone.Combine("repo", "content"));

        Assert.False(history.IsAvailable);
        Assert.Contains("shallow", history.Note);
        Assert.Null(history.For("en/a.md"));
        Assert.Equal("content/", history.RepositoryPrefix);
    }

    [Fact]
    public async Task A_repository_without_commits_has_no_history()
    {
        _repo.Write(("content/en/a.md", "a"));

        var history = await GitHistoryReader.ReadAsync(_repo.Combine("content"));

        Assert.False(history.IsAvailable);
        Assert.Null(history.For("en/a.md"));
    }

    [Fact]
    public void The_parser_follows_a_rename_and_a_new_file_under_the_old_name_in_one_commit()
    {
        // Newest first: commit 2 renames a.md to b.md and adds a new a.md; commit 1 created a.md.
        const string output =
            "\x1e" + "2222\x1f" + "Bo\x1f" + "2025-01-02T10:00:00+00:00\x1f" + "Swap\0\n" + "R100\0en/a.md\0en/b.md\0A\0en/a.md\0" +
            "\x1e" + "1111\x1f" + "Ann\x1f" + "2025-01-01T10:00:00+00:00\x1f" + "Start\0\n" + "A\0en/a.md\0";

        var history = GitLogParser.Parse(new StringReader(output), "content/");

        Assert.Equal(["Bo", "Ann"], history.For("en/b.md")!.Contributors.Select(c => c.Name));
        Assert.Equal(["Bo"], history.For("en/a.md")!.Contributors.Select(c => c.Name));
        Assert.Equal("en/b.md", history.Recent[1].Files.Single().CurrentPath);
    }

    [Fact]
    public void The_parser_keeps_a_bounded_number_of_recent_commits_per_folder()
    {
        var output = string.Concat(Enumerable.Range(0, 5).Select(i =>
            $"\u001e{i}\u001fAnn\u001f2025-01-0{9 - i}T10:00:00+00:00\u001fEdit {i}\0\nM\0{(i < 4 ? "en" : "sv")}/a.md\0"));

        var history = GitLogParser.Parse(new StringReader(output), "", recentPerFolder: 2);

        Assert.Equal(["Edit 0", "Edit 1", "Edit 4"], history.Recent.Select(c => c.Subject));
        Assert.Equal(4, history.For("en/a.md")!.CommitCount);
    }
}
