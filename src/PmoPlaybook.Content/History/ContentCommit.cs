namespace PmoPlaybook.Content.History;

/// <summary>A commit that touched content/, for "What changed".</summary>
/// <param name="Id">The full commit hash.</param>
/// <param name="Date">When it landed (committer date, with the committer's offset).</param>
/// <param name="Author">The author's name (after .mailmap); never the e-mail address.</param>
/// <param name="Subject">The first line of the message.</param>
/// <param name="Files">What it changed, by content-relative path.</param>
public sealed record ContentCommit(string Id, DateTimeOffset Date, string Author, string Subject, IReadOnlyList<CommitFile> Files);

/// <summary>A file a commit changed.</summary>
/// <param name="Path">The file's content-relative path in that commit (the new name for a rename).</param>
/// <param name="Change">Added, modified, deleted or renamed.</param>
/// <param name="CurrentPath">Where that file is now, following later renames; null when it has since been removed.</param>
public sealed record CommitFile(string Path, FileChange Change, string? CurrentPath);

public enum FileChange
{
    Added,
    Modified,
    Deleted,
    Renamed,
}
