using PmoPlaybook.Assessments.Definitions;

namespace PmoPlaybook.Assessments.Scoring;

/// <summary>
/// Scores answers against a definition. Pure: the same answers always give the same score, so a stored
/// response can be re-scored and the result page, the API and the dashboard agree.
/// </summary>
public static class AssessmentScorer
{
    /// <summary>How far below the rest one answer must be to count as holding its dimension back.</summary>
    public const double HoldBackGap = 1.5;

    /// <summary>How many of the lowest dimensions get reading recommendations.</summary>
    public const int WeakestCount = 3;

    /// <param name="answers">Question id → level 1–5; null (or absent) is "don't know".</param>
    public static AssessmentScore Score(AssessmentDefinition definition, IReadOnlyDictionary<string, int?> answers)
    {
        var dimensions = definition.Dimensions.Select(d => ScoreDimension(d, answers)).ToArray();
        var levels = dimensions.Where(d => d.Level is not null).Select(d => d.Level!.Value).ToArray();
        double? overall = levels.Length == 0 ? null : Round(levels.Average());
        // The weakest link decides where to start (CMMI's lesson), but a dimension already at the top needs no reading.
        var weakest = dimensions
            .Select((score, index) => (score, index))
            .Where(x => x.score.Level is < 5)
            .OrderBy(x => x.score.Level)
            .ThenBy(x => x.index)
            .Take(WeakestCount)
            .Select(x => x.score)
            .ToArray();
        return new AssessmentScore(dimensions, overall, weakest);
    }

    private static DimensionScore ScoreDimension(Dimension dimension, IReadOnlyDictionary<string, int?> answers)
    {
        var answered = dimension.Questions
            .Select(q => (q.Id, Level: answers.GetValueOrDefault(q.Id)))
            .Where(a => a.Level is >= 1 and <= 5)
            .Select(a => (a.Id, Level: a.Level!.Value))
            .ToArray();
        var dontKnow = dimension.Questions.Count - answered.Length;
        if (answered.Length == 0)
        {
            return new DimensionScore(dimension.Id, null, 0, dontKnow, null);
        }

        var level = Round(answered.Average(a => a.Level));
        HoldBack? heldBack = null;
        if (answered.Length >= 2)
        {
            var lowest = answered.MinBy(a => a.Level);
            var others = answered.Where(a => a.Id != lowest.Id).Average(a => a.Level);
            if (others - lowest.Level >= HoldBackGap)
            {
                heldBack = new HoldBack(lowest.Id, lowest.Level, Round(others));
            }
        }
        return new DimensionScore(dimension.Id, level, answered.Length, dontKnow, heldBack);
    }

    public static double Round(double level) => Math.Round(level, 1, MidpointRounding.AwayFromZero);
}
