using PmoPlaybook.Content.Loading;

namespace PmoPlaybook.Content.Validation.Rules;

/// <summary>
/// A page past its <c>review_by</c> date is a warning, not an error: stale guidance should nag its owner,
/// but must not block an unrelated pull request. "Today" comes from the clock given, so tests (and a
/// build that wants to ask "what will be stale next month?") can choose it.
/// </summary>
public sealed class ReviewDateRule(TimeProvider clock) : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot)
    {
        var today = Today(clock);
        return snapshot.Site.Pages
            .Where(p => !p.IsSynthetic && p.Meta.ReviewBy is { } review && review.Date < today)
            .Select(p => Diagnostic.Warning(p.Path.Value, p.Meta.ReviewBy!.Line, 1, DiagnosticCodes.ReviewOverdue,
                $"review date {p.Meta.ReviewBy} has passed ({(p.Meta.Owner is { } owner ? $"owner: {owner}" : "no owner")}); " +
                "check the page is still right and set a new review_by date"));
    }

    /// <summary>The date in the clock's own time zone: a review due "by 30 June" is due until that day ends where the PMO is.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
