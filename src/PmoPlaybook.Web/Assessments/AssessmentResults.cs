using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.ResultStore;

namespace PmoPlaybook.Web.Assessments;

/// <summary>
/// Responses in and out: a valid response becomes one file handed to the durable outbox (committed to Git
/// later by one writer); reading back sees responses whether they are still waiting or already committed.
/// </summary>
public sealed class AssessmentResults(IResultOutbox outbox, IResultArchive archive, TimeProvider clock)
{
    public async Task<AssessmentResponse> SubmitAsync(AssessmentDefinition definition, ValidResponse valid, CancellationToken cancellationToken)
    {
        var response = AssessmentResponse.Create(definition, valid, ResponseId.New(), clock.GetUtcNow());
        await outbox.EnqueueAsync(new ResultRecord(response.FilePath, response.ToJson(), response.CommitMessage), cancellationToken);
        return response;
    }

    public async Task<AssessmentResponse?> FindAsync(string assessmentId, string responseId, CancellationToken cancellationToken)
    {
        if (!IsValidKey(assessmentId, responseId))
        {
            return null;
        }
        var suffix = $"-{responseId}.json";
        var stored = (await archive.ListAsync(AssessmentResponse.FolderFor(assessmentId), cancellationToken))
            .FirstOrDefault(r => r.Path.EndsWith(suffix, StringComparison.Ordinal));
        return stored is null ? null : AssessmentResponse.FromJson(stored.Content);
    }

    /// <summary>Every response to an assessment, oldest first; unreadable files are skipped.</summary>
    public async Task<IReadOnlyList<AssessmentResponse>> AllAsync(string assessmentId, CancellationToken cancellationToken) =>
        (await archive.ListAsync(AssessmentResponse.FolderFor(assessmentId), cancellationToken))
            .Select(r => AssessmentResponse.FromJson(r.Content))
            .OfType<AssessmentResponse>()
            .OrderBy(r => r.SubmittedAt)
            .ToArray();

    /// <summary>A response and every response of its team (itself included), oldest first, from one read of the archive.</summary>
    public async Task<(AssessmentResponse Response, IReadOnlyList<AssessmentResponse> TeamHistory)?> FindWithTeamHistoryAsync(
        string assessmentId, string responseId, CancellationToken cancellationToken)
    {
        if (!IsValidKey(assessmentId, responseId))
        {
            return null;
        }
        var all = await AllAsync(assessmentId, cancellationToken);
        return all.FirstOrDefault(r => r.Id == responseId) is { } response
            ? (response, all.Where(r => r.TeamKey == response.TeamKey).ToArray())
            : null;
    }

    // Both end up in a path in the archive: anything but a well-formed id is not looked up at all.
    private static bool IsValidKey(string assessmentId, string responseId) =>
        ResponseId.IsValid(responseId) && DefinitionReader.IdPattern().IsMatch(assessmentId);
}
