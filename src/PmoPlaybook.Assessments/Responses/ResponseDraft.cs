using PmoPlaybook.Assessments.Definitions;

namespace PmoPlaybook.Assessments.Responses;

/// <summary>
/// The answers given so far while a leader steps through the form: each step's post is merged in, and every
/// step is rendered from it, so reload and Back show what was given. Kept by the browser (the app stores it
/// in a protected cookie), never in the results repository.
/// </summary>
/// <param name="Answers">Question id → level 1–5, or 0 for "don't know"; a question not in it is unanswered.</param>
/// <param name="Reached">The furthest step shown so far (0-based), where "continue where you left off" leads.</param>
public sealed record ResponseDraft(
    string Lang,
    string? Team,
    string? Role,
    string? Comment,
    IReadOnlyDictionary<string, int> Answers,
    int Reached,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The team's earlier result this draft continues, when taken again from a result page (see <see cref="ResponseSeries"/>).</summary>
    public string? Previous { get; init; }

    public static ResponseDraft Empty(string lang, DateTimeOffset now) => new(lang, null, null, null, new Dictionary<string, int>(), 0, now);

    /// <summary>Whether the leader has given anything yet (a draft that is only an opened form is not worth continuing).</summary>
    public bool HasContent => !string.IsNullOrWhiteSpace(Team) || !string.IsNullOrWhiteSpace(Role) || Answers.Count > 0;

    /// <summary>
    /// The draft with one step's post merged in: the step's own fields replace what was there (a question
    /// the post leaves out is unanswered again), every other step's answers stay as they were.
    /// </summary>
    public ResponseDraft With(FormSteps steps, int step, ResponseInput posted, DateTimeOffset now)
    {
        var answers = new Dictionary<string, int>(Answers, StringComparer.Ordinal);
        if (steps.DimensionOf(step) is { } dimension)
        {
            foreach (var question in dimension.Questions)
            {
                answers.Remove(question.Id);
                if (posted.Answers?.GetValueOrDefault(question.Id) is { } level and >= 0 and <= 5 && !posted.TypeErrors.ContainsKey("answers." + question.Id))
                {
                    answers[question.Id] = level;
                }
            }
        }
        var about = step == 0;
        return this with
        {
            Lang = posted.Lang ?? Lang,
            Team = about ? posted.Team : Team,
            Role = about ? posted.Role : Role,
            Comment = step == steps.Last ? posted.Comment : Comment,
            Answers = answers,
            Previous = posted.Previous ?? Previous,
            UpdatedAt = now,
        };
    }

    public ResponseDraft ReachedStep(int step) => this with { Reached = Math.Max(Reached, step) };

    /// <summary>The draft as a submission, for validating it the same way as the API validates a JSON body.</summary>
    public ResponseInput ToInput() =>
        new(Team, Role, Lang, Answers.ToDictionary(a => a.Key, a => (int?)a.Value, StringComparer.Ordinal), Comment) { Previous = Previous };

    /// <summary>How many of the definition's current questions have an answer ("don't know" included).</summary>
    public int AnsweredOf(AssessmentDefinition definition) => definition.Questions.Count(q => Answers.ContainsKey(q.Id));
}
