namespace PmoPlaybook.Assessments.Responses;

/// <summary>
/// A submission as it arrived (JSON body or form post), before validation. An answer's value is a level,
/// 0 or null for "don't know"; <see cref="TypeErrors"/> holds fields whose value had the wrong type.
/// </summary>
public sealed record ResponseInput(
    string? Team,
    string? Role,
    string? Lang,
    IReadOnlyDictionary<string, int?>? Answers,
    string? Comment)
{
    public IReadOnlyDictionary<string, FieldProblem> TypeErrors { get; init; } = new Dictionary<string, FieldProblem>();

    /// <summary>The id of the team's earlier result this one continues (optional; see <see cref="ResponseSeries"/>).</summary>
    public string? Previous { get; init; }
}
