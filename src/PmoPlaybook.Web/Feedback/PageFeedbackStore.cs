using PmoPlaybook.Assessments.Feedback;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.ResultStore;

namespace PmoPlaybook.Web.Feedback;

/// <summary>
/// Page feedback in and out, through the same durable outbox and Git store as assessment responses: one file
/// and one commit per answer; reading back sees answers whether they are still waiting or already committed.
/// </summary>
public sealed class PageFeedbackStore(IResultOutbox outbox, IResultArchive archive, TimeProvider clock)
{
    public async Task<FeedbackEntry> SubmitAsync(ValidFeedback valid, CancellationToken cancellationToken)
    {
        var entry = FeedbackEntry.Create(valid, ResponseId.New(), clock.GetUtcNow());
        await outbox.EnqueueAsync(new ResultRecord(entry.FilePath, entry.ToJson(), entry.CommitMessage), cancellationToken);
        return entry;
    }

    /// <summary>Every answer so far; unreadable files are skipped.</summary>
    public async Task<IReadOnlyList<FeedbackEntry>> AllAsync(CancellationToken cancellationToken) =>
        (await archive.ListAsync(FeedbackEntry.Folder, cancellationToken))
            .Select(r => FeedbackEntry.FromJson(r.Content))
            .OfType<FeedbackEntry>()
            .ToArray();
}
