namespace PmoPlaybook.Content.History;

/// <summary>
/// One file's history, its renames included. Authors are names only: pages never show e-mail addresses.
/// </summary>
/// <param name="LastUpdated">When the latest commit touching the file landed (the committer date).</param>
/// <param name="LastAuthor">Who wrote that commit.</param>
/// <param name="Contributors">Everyone who wrote a commit touching the file, most commits first.</param>
/// <param name="CommitCount">How many commits touched it.</param>
public sealed record PageHistory(DateTimeOffset LastUpdated, string LastAuthor, IReadOnlyList<Contributor> Contributors, int CommitCount);

public sealed record Contributor(string Name, int Commits);
