namespace PmoPlaybook.Assessments.Feedback;

/// <summary>
/// One answer to "Was this page helpful?", stored like an assessment response: one JSON file in one commit,
/// feedback/{yyyy}/{yyyy-MM-dd}-{id}.json, so concurrent answers never conflict.
/// </summary>
/// <param name="Page">The page's URL path in the site, e.g. "/en/roles/pace-keeper/" (validated by <see cref="FeedbackValidator"/>).</param>
public sealed record FeedbackEntry(string Id, string Page, bool Helpful, string? Comment, DateTimeOffset SubmittedAt)
{
    public const string Folder = "feedback/";

    public static FeedbackEntry Create(ValidFeedback valid, string id, DateTimeOffset submittedAt) =>
        new(id, valid.Page, valid.Helpful, valid.Comment, submittedAt);

    /// <summary>Where the entry lives in the results repository; the date is the submission's UTC date.</summary>
    public string FilePath => $"{Folder}{SubmittedAt.UtcDateTime:yyyy}/{SubmittedAt.UtcDateTime:yyyy-MM-dd}-{Id}.json";

    /// <summary>The page and the answer, so `git log --oneline` alone shows which pages need work.</summary>
    public string CommitMessage => $"feedback: {Page} {Answer(Helpful)}";

    public string ToJson() => StoredJson.Write(this);

    public static FeedbackEntry? FromJson(string json) => StoredJson.Read<FeedbackEntry>(json) is { Page: not null } entry ? entry : null;

    public static string Answer(bool helpful) => helpful ? FeedbackValidator.Yes : FeedbackValidator.No;
}
