namespace PmoPlaybook.Assessments.Scoring;

/// <summary>What a set of answers adds up to: a level per dimension, an overall level, and the weakest dimensions.</summary>
public sealed record AssessmentScore(IReadOnlyList<DimensionScore> Dimensions, double? Overall, IReadOnlyList<DimensionScore> Weakest)
{
    public DimensionScore? For(string dimensionId) => Dimensions.FirstOrDefault(d => d.DimensionId == dimensionId);
}

/// <param name="Level">Mean of the answered questions (1–5, one decimal); null when every answer was "don't know".</param>
/// <param name="HeldBackBy">The one answer that pulls the level down, when there is one.</param>
public sealed record DimensionScore(string DimensionId, double? Level, int Answered, int DontKnow, HoldBack? HeldBackBy);

/// <summary>A single low answer and what the dimension's level would be without it.</summary>
public sealed record HoldBack(string QuestionId, int Level, double LevelWithout);
