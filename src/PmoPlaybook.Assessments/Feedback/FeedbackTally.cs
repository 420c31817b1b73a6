namespace PmoPlaybook.Assessments.Feedback;

/// <summary>All feedback on one page: how many found it helpful or not, and the comments, newest first.</summary>
public sealed record PageTally(string Page, int Helpful, int NotHelpful, IReadOnlyList<FeedbackEntry> Comments)
{
    public int Total => Helpful + NotHelpful;
}

/// <summary>Feedback per page for the dashboard, the pages that most need work first.</summary>
public static class FeedbackTally
{
    /// <summary>
    /// One tally per page, ordered by "not helpful" answers (most first), then by "helpful" answers (fewest
    /// first: of two pages with the same complaints, the one nobody praised needs work more), then by path.
    /// </summary>
    public static IReadOnlyList<PageTally> ByPage(IEnumerable<FeedbackEntry> entries) =>
        entries
            .GroupBy(e => e.Page, StringComparer.Ordinal)
            .Select(page => new PageTally(
                page.Key,
                page.Count(e => e.Helpful),
                page.Count(e => !e.Helpful),
                page.Where(e => !string.IsNullOrWhiteSpace(e.Comment))
                    .OrderByDescending(e => e.SubmittedAt)
                    .ThenBy(e => e.Id, StringComparer.Ordinal)
                    .ToArray()))
            .OrderByDescending(t => t.NotHelpful)
            .ThenBy(t => t.Helpful)
            .ThenBy(t => t.Page, StringComparer.Ordinal)
            .ToArray();
}
