using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.ResultStore;

namespace PmoPlaybook.Web.Assessments;

/// <summary>
/// Responses in and out: a valid response becomes one file handed to the durable outbox (committed to Git
/// later by one writer); reading back sees responses whether they are still waiting or already committed,
/// and finds one by its id without reading the others.
/// </summary>
public sealed class AssessmentResults(IResultOutbox outbox, IResultArchive archive, TimeProvider clock)
{
    // Submissions with the same key wait for each other (one of 64 locks by id), so a retry racing its original
    // finds it instead of storing a second copy.
    private readonly SemaphoreSlim[] _keyLocks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>
    /// Stores a response, or with an idempotency key (<see cref="SubmissionKey"/>) finds the one stored with it
    /// before (<see cref="SubmissionOutcome.Replayed"/>, or <see cref="SubmissionOutcome.KeyReused"/> when that key
    /// came with other answers). A response that continues an earlier result (<see cref="ValidResponse.Previous"/>)
    /// is stored only if that result exists (<see cref="SubmissionOutcome.UnknownPrevious"/>).
    /// </summary>
    public async Task<Submission> SubmitAsync(AssessmentDefinition definition, ValidResponse valid, string? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return await StoreAsync(definition, valid, ResponseId.New(), cancellationToken);
        }
        var id = ResponseId.ForKey(definition.Id, key);
        var gate = _keyLocks[(uint)id.GetHashCode() % _keyLocks.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await FindAsync(definition.Id, id, cancellationToken) is { } earlier)
            {
                return new Submission(earlier, IsSame(earlier, valid) ? SubmissionOutcome.Replayed : SubmissionOutcome.KeyReused);
            }
            return await StoreAsync(definition, valid, id, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<AssessmentResponse?> FindAsync(string assessmentId, string responseId, CancellationToken cancellationToken)
    {
        if (!IsValidKey(assessmentId, responseId))
        {
            return null;
        }
        var stored = await archive.FindAsync(AssessmentResponse.FolderFor(assessmentId), responseId, cancellationToken);
        return stored is null ? null : AssessmentResponse.FromJson(stored.Content);
    }

    private async Task<Submission> StoreAsync(AssessmentDefinition definition, ValidResponse valid, string id, CancellationToken cancellationToken)
    {
        if (valid.Previous is { } previous && await FindAsync(definition.Id, previous, cancellationToken) is null)
        {
            return new Submission(null, SubmissionOutcome.UnknownPrevious);
        }
        var response = AssessmentResponse.Create(definition, valid, id, clock.GetUtcNow());
        await outbox.EnqueueAsync(new ResultRecord(response.FilePath, response.ToJson(), response.CommitMessage), cancellationToken);
        return new Submission(response, SubmissionOutcome.Stored);
    }

    private static bool IsSame(AssessmentResponse stored, ValidResponse valid) =>
        stored.Team == valid.Team && stored.Role == valid.Role && stored.Lang == valid.Lang && stored.Comment == valid.Comment && stored.Previous == valid.Previous
        && stored.Answers.Count == valid.Answers.Count
        && valid.Answers.All(a => stored.Answers.TryGetValue(a.Key, out var level) && level == a.Value);

    /// <summary>Every response to an assessment, oldest first; unreadable files are skipped.</summary>
    public async Task<IReadOnlyList<AssessmentResponse>> AllAsync(string assessmentId, CancellationToken cancellationToken) =>
        (await archive.ListAsync(AssessmentResponse.FolderFor(assessmentId), cancellationToken))
            .Select(r => AssessmentResponse.FromJson(r.Content))
            .OfType<AssessmentResponse>()
            .OrderBy(r => r.SubmittedAt)
            .ToArray();

    /// <summary>
    /// A response and the team's results it continues (itself included, oldest first, at most
    /// <see cref="ResponseSeries.MaxLength"/>): followed back through <see cref="AssessmentResponse.Previous"/>,
    /// one lookup by id per result, so neither the cost nor what is shown depends on what others stored.
    /// </summary>
    public async Task<(AssessmentResponse Response, IReadOnlyList<AssessmentResponse> TeamHistory)?> FindWithTeamHistoryAsync(
        string assessmentId, string responseId, CancellationToken cancellationToken)
    {
        if (await FindAsync(assessmentId, responseId, cancellationToken) is not { } response)
        {
            return null;
        }
        var history = new List<AssessmentResponse> { response };
        var current = response;
        while (history.Count < ResponseSeries.MaxLength
            && current.Previous is { } previous
            && await FindAsync(assessmentId, previous, cancellationToken) is { } earlier
            && ResponseSeries.CanFollow(earlier, current))
        {
            history.Add(earlier);
            current = earlier;
        }
        history.Reverse();
        return (response, history);
    }

    // Both end up in a path in the archive: anything but a well-formed id is not looked up at all.
    private static bool IsValidKey(string assessmentId, string responseId) =>
        ResponseId.IsValid(responseId) && DefinitionReader.IdPattern().IsMatch(assessmentId);
}

