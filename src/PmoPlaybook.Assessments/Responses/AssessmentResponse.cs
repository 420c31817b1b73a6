using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Scoring;

namespace PmoPlaybook.Assessments.Responses;

/// <summary>
/// One stored response: what was answered, by which team in which role, and the scores at the time, as one
/// JSON file in the results repository (results/{assessment}/{yyyy}/{yyyy-MM-dd}-{id}.json).
/// </summary>
public sealed record AssessmentResponse(
    string Id,
    string Assessment,
    DateTimeOffset SubmittedAt,
    string Team,
    string Role,
    string Lang,
    IReadOnlyDictionary<string, int?> Answers,
    string? Comment,
    IReadOnlyDictionary<string, double?> Scores,
    double? Overall)
{
    /// <summary>
    /// The id of the team's result this one follows (see <see cref="ResponseSeries"/>): carried forward from the
    /// earlier result's page, so only who holds that result's address can continue its trend.
    /// </summary>
    public string? Previous { get; init; }

    public static AssessmentResponse Create(AssessmentDefinition definition, ValidResponse valid, string id, DateTimeOffset submittedAt)
    {
        var score = AssessmentScorer.Score(definition, valid.Answers);
        return new AssessmentResponse(id, definition.Id, submittedAt, valid.Team, valid.Role, valid.Lang,
            valid.Answers, valid.Comment, score.Dimensions.ToDictionary(d => d.DimensionId, d => d.Level), score.Overall)
        {
            Previous = valid.Previous,
        };
    }

    /// <summary>Where the response lives in the results repository; the date is the submission's UTC date.</summary>
    public string FilePath => PathFor(Assessment, SubmittedAt, Id);

    public static string PathFor(string assessment, DateTimeOffset submittedAt, string id) =>
        $"{FolderFor(assessment)}{submittedAt.UtcDateTime:yyyy}/{submittedAt.UtcDateTime:yyyy-MM-dd}-{id}.json";

    public static string FolderFor(string assessment) => $"results/{assessment}/";

    public string CommitMessage => $"assessment {Assessment}: response {Id}";

    public string ToJson() => StoredJson.Write(this);

    public static AssessmentResponse? FromJson(string json) => StoredJson.Read<AssessmentResponse>(json);

    /// <summary>The team's name for sorting and display, without regard to case or surrounding spaces (never for matching results: see <see cref="ResponseSeries"/>).</summary>
    public string TeamKey => Team.Trim().ToLowerInvariant();
}
