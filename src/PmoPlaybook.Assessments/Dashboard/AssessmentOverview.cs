using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.Assessments.Scoring;

namespace PmoPlaybook.Assessments.Dashboard;

/// <summary>
/// One assessment across teams, for the PMO dashboard: each team's latest result per dimension (the rows of
/// the heatmap) and the spread of those latest results per dimension. A team is a series of results, each
/// taken from the one before (<see cref="ResponseSeries"/>), not a name: a stranger who types a team's name
/// gets a row of their own instead of becoming that team's latest. Pure, so it is tested without the app.
/// </summary>
public sealed record AssessmentOverview(
    AssessmentDefinition Definition,
    IReadOnlyList<TeamRow> Teams,
    IReadOnlyList<LevelSpread> Spread,
    LevelSpread OverallSpread)
{
    /// <summary>Key of <see cref="OverallSpread"/>, which no dimension id can take (ids are lowercase words with hyphens).</summary>
    public const string OverallKey = "(overall)";

    /// <param name="responses">Every stored response to the assessment, in any order; those to other assessments are ignored.</param>
    public static AssessmentOverview Build(AssessmentDefinition definition, IEnumerable<AssessmentResponse> responses)
    {
        var own = responses.Where(r => r.Assessment == definition.Id).ToArray();
        var series = ResponseSeries.FirstOf(own);
        var teams = own
            .GroupBy(r => series[r.Id], StringComparer.Ordinal)
            .Select(team => TeamRow.From(definition, team.Key, team.ToArray()))
            .OrderBy(row => row.TeamKey, StringComparer.Ordinal)
            .ThenBy(row => row.LastSubmittedAt)
            .ThenBy(row => row.Series, StringComparer.Ordinal)
            .ToArray();
        var spread = definition.Dimensions
            .Select((dimension, i) => LevelSpread.Of(dimension.Id, teams.Select(t => t.Levels[i])))
            .ToArray();
        return new AssessmentOverview(definition, teams, spread, LevelSpread.Of(OverallKey, teams.Select(t => t.Overall)));
    }
}

/// <summary>
/// One team in the heatmap: its latest response, scored again against the current definition (so the
/// dashboard and the result page it links to always agree), and how many times the team has answered.
/// </summary>
/// <param name="Series">The id of the series' first response: what tells two teams of the same name apart.</param>
/// <param name="Levels">A level per dimension in the definition's order; null where the team answered only "don't know".</param>
public sealed record TeamRow(string Team, string TeamKey, string Series, AssessmentResponse Latest, int Responses, IReadOnlyList<double?> Levels, double? Overall)
{
    public DateTimeOffset LastSubmittedAt => Latest.SubmittedAt;

    internal static TeamRow From(AssessmentDefinition definition, string series, IReadOnlyList<AssessmentResponse> responses)
    {
        // Latest by time; the id breaks a tie so the same files always give the same row.
        var latest = responses.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id, StringComparer.Ordinal).Last();
        var score = AssessmentScorer.Score(definition, latest.Answers);
        return new TeamRow(latest.Team.Trim(), latest.TeamKey, series, latest, responses.Count,
            definition.Dimensions.Select(d => score.For(d.Id)?.Level).ToArray(), score.Overall);
    }
}
