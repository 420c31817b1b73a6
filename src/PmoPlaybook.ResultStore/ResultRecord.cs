namespace PmoPlaybook.ResultStore;

/// <summary>
/// One file for the results repository, committed on its own: an assessment response
/// (results/{assessment}/{yyyy}/{yyyy-MM-dd}-{id}.json), an action plan (plans/…), a piece of page feedback
/// (feedback/…): the store knows records only by their validated path.
/// </summary>
/// <param name="Path">Repository-relative path with forward slashes; validated by <see cref="ResultPath"/>.</param>
/// <param name="Content">The file's text (UTF-8 JSON).</param>
/// <param name="CommitMessage">One line, e.g. "assessment pmo-maturity: response 3f…".</param>
public sealed record ResultRecord(string Path, string Content, string CommitMessage)
{
    /// <summary>
    /// A new version of a record that may already exist at <see cref="Path"/> (an action plan edited later):
    /// committed as one more commit of the same file, after any earlier version still waiting. Without it a
    /// path holds one record for good, and other content at a taken path is refused.
    /// </summary>
    public bool Revision { get; init; }
}

/// <summary>A file as the app reads it back: from the outbox while it waits, or from the store once committed.</summary>
public sealed record StoredResult(string Path, string Content, bool Committed);
