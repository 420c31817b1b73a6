using PmoPlaybook.Assessments.Scoring;

namespace PmoPlaybook.Assessments.Dashboard;

/// <summary>
/// How far apart teams are on one dimension: the lowest and highest level, the mean, and how many teams
/// have a level at all (a team that answered only "don't know" is left out rather than counted as 0).
/// </summary>
public sealed record LevelSpread(string Key, double? Min, double? Max, double? Mean, int Teams)
{
    public double? Range => Max - Min;

    public static LevelSpread Of(string key, IEnumerable<double?> levels)
    {
        var rated = levels.OfType<double>().ToArray();
        return rated.Length == 0
            ? new LevelSpread(key, null, null, null, 0)
            : new LevelSpread(key, rated.Min(), rated.Max(), AssessmentScorer.Round(rated.Average()), rated.Length);
    }
}
