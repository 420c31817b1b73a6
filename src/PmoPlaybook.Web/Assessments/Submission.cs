using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Web.Assessments;

/// <summary>What a submission came to, and the response it leads to (none when <see cref="SubmissionOutcome.UnknownPrevious"/>).</summary>
public sealed record Submission(AssessmentResponse? Response, SubmissionOutcome Outcome);

public enum SubmissionOutcome
{
    /// <summary>Stored now.</summary>
    Stored,

    /// <summary>Stored before with the same idempotency key and the same answers: the first response.</summary>
    Replayed,

    /// <summary>The idempotency key was used before for other answers; the response is that earlier one.</summary>
    KeyReused,

    /// <summary>It continues an earlier result that does not exist; nothing was stored.</summary>
    UnknownPrevious,
}
