using PmoPlaybook.Assessments.Scoring;

namespace PmoPlaybook.Assessments.Tests;

public class AssessmentScorerTests
{
    private static readonly Definitions.AssessmentDefinition Definition = SampleDefinition.Read();

    private static AssessmentScore Score(params (string Id, int? Level)[] answers) =>
        AssessmentScorer.Score(Definition, answers.ToDictionary(a => a.Id, a => a.Level));

    [Fact]
    public void A_dimension_is_the_mean_of_its_answers_and_dont_know_is_left_out()
    {
        var score = Score(("alpha-one", 2), ("alpha-two", 3), ("alpha-three", null), ("beta-one", 4), ("beta-two", 5));

        var alpha = score.For("alpha")!;
        Assert.Equal(2.5, alpha.Level);
        Assert.Equal(2, alpha.Answered);
        Assert.Equal(1, alpha.DontKnow);
        Assert.Equal(4.5, score.For("beta")!.Level);
        Assert.Equal(3.5, score.Overall);
    }

    [Fact]
    public void A_dimension_answered_only_with_dont_know_has_no_level_and_does_not_count_overall()
    {
        var score = Score(("alpha-one", null), ("alpha-two", null), ("alpha-three", null), ("beta-one", 3), ("beta-two", 4));

        Assert.Null(score.For("alpha")!.Level);
        Assert.Equal(3.5, score.Overall);
        Assert.Equal(["beta"], score.Weakest.Select(d => d.DimensionId));
    }

    [Fact]
    public void Levels_are_rounded_to_one_decimal_half_away_from_zero()
    {
        Assert.Equal(2.7, Score(("alpha-one", 2), ("alpha-two", 3), ("alpha-three", 3)).For("alpha")!.Level);
        Assert.Equal(3.3, Score(("alpha-one", 3), ("alpha-two", 3), ("alpha-three", 4)).For("alpha")!.Level);
        Assert.Equal(0.3, AssessmentScorer.Round(0.25));
    }

    [Fact]
    public void One_low_answer_that_holds_a_dimension_back_is_named_with_the_level_without_it()
    {
        var score = Score(("alpha-one", 4), ("alpha-two", 1), ("alpha-three", 5));

        var held = score.For("alpha")!.HeldBackBy;
        Assert.NotNull(held);
        Assert.Equal("alpha-two", held.QuestionId);
        Assert.Equal(1, held.Level);
        Assert.Equal(4.5, held.LevelWithout);
    }

    [Fact]
    public void Evenly_spread_answers_hold_nothing_back()
    {
        Assert.Null(Score(("alpha-one", 2), ("alpha-two", 3), ("alpha-three", 3)).For("alpha")!.HeldBackBy);
        Assert.Null(Score(("alpha-one", 1)).For("alpha")!.HeldBackBy);
    }

    [Fact]
    public void The_weakest_dimensions_come_lowest_first_and_a_perfect_one_is_not_weak()
    {
        var score = Score(("alpha-one", 5), ("alpha-two", 5), ("alpha-three", 5), ("beta-one", 2), ("beta-two", 3));

        Assert.Equal(["beta"], score.Weakest.Select(d => d.DimensionId));
    }

    [Fact]
    public void No_answers_give_no_overall_level()
    {
        var score = Score();

        Assert.Null(score.Overall);
        Assert.All(score.Dimensions, d => Assert.Null(d.Level));
        Assert.Empty(score.Weakest);
    }
}
