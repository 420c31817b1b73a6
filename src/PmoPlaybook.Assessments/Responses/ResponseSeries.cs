namespace PmoPlaybook.Assessments.Responses;

/// <summary>
/// A team's results over time, as a chain: each response may name the one it follows
/// (<see cref="AssessmentResponse.Previous"/>), an unguessable id that only who holds the earlier result's
/// address knows. A trend follows that chain, never the team's name: anyone can type a team name, so
/// matching by name let a stranger read a team's dated history and pose as its latest result.
/// </summary>
public static class ResponseSeries
{
    /// <summary>How far back a trend reaches; also what bounds a walk over hand-edited files that loop.</summary>
    public const int MaxLength = 24;

    /// <summary>
    /// Whether <paramref name="later"/> may follow <paramref name="earlier"/>: the same assessment, and strictly
    /// later in time (which also makes a loop impossible).
    /// </summary>
    public static bool CanFollow(AssessmentResponse earlier, AssessmentResponse later) =>
        earlier.Assessment == later.Assessment && earlier.SubmittedAt < later.SubmittedAt && later.Previous == earlier.Id;

    /// <summary>
    /// The first response of each response's series, by response id: the key the dashboard groups a team's
    /// results by. A response whose predecessor is missing (or does not qualify) starts its own series.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FirstOf(IEnumerable<AssessmentResponse> responses)
    {
        var byId = new Dictionary<string, AssessmentResponse>(StringComparer.Ordinal);
        foreach (var response in responses)
        {
            byId.TryAdd(response.Id, response);
        }
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var response in byId.Values)
        {
            var chain = new List<AssessmentResponse>();
            var current = response;
            string? start = null;
            while (start is null)
            {
                if (first.TryGetValue(current.Id, out var known))
                {
                    start = known;
                }
                else if (current.Previous is { } previous && byId.TryGetValue(previous, out var earlier) && CanFollow(earlier, current))
                {
                    chain.Add(current);
                    current = earlier;
                }
                else
                {
                    start = current.Id;
                    chain.Add(current);
                }
            }
            foreach (var member in chain)
            {
                first[member.Id] = start;
            }
        }
        return first;
    }
}
