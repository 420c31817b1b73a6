using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Web.Assessments;

/// <summary>What a submission came to: the stored response, whether it had been stored before with the same key, and whether that earlier one had other answers.</summary>
public sealed record Submission(AssessmentResponse Response, bool Replayed, bool Conflict);
