using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Assessments.Tests;

public class ResponseDraftTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly FormSteps Steps = new(SampleDefinition.Read());

    private static ResponseInput Posted(string? team = null, string? role = null, string? comment = null, params (string Id, int Level)[] answers) =>
        new(team, role, "sv", answers.ToDictionary(a => a.Id, a => (int?)a.Level), comment);

    [Fact]
    public void Steps_are_the_team_then_one_per_dimension_and_the_comment_rides_on_the_last()
    {
        Assert.Equal(3, Steps.Count);
        Assert.Null(Steps.DimensionOf(0));
        Assert.Equal("beta", Steps.DimensionOf(2)!.Id);
        Assert.Equal(["lang", "role", "team"], Steps.FieldsOf(0).Order(StringComparer.Ordinal));
        Assert.Equal(["answers.beta-one", "answers.beta-two", "comment"], Steps.FieldsOf(2).Order(StringComparer.Ordinal));
        Assert.Equal(2, Steps.Clamp(9));
    }

    [Fact]
    public void A_steps_post_replaces_that_steps_fields_and_keeps_every_other_answer()
    {
        var draft = ResponseDraft.Empty("en", Noon)
            .With(Steps, 0, Posted(team: "Team Tärna", role: "Sponsor"), Noon)
            .With(Steps, 1, Posted(answers: [("alpha-one", 3), ("alpha-two", 0), ("alpha-three", 5)]), Noon)
            .With(Steps, 2, Posted(comment: "ok", answers: [("beta-one", 2)]), Noon.AddMinutes(5));

        // Posting the first dimension again without alpha-two makes it unanswered; beta stays as it was.
        var again = draft.With(Steps, 1, Posted(answers: [("alpha-one", 4), ("alpha-three", 5)]), Noon.AddMinutes(6));

        Assert.Equal(("Team Tärna", "Sponsor", "ok", "sv"), (again.Team, again.Role, again.Comment, again.Lang));
        Assert.Equal(new Dictionary<string, int> { ["alpha-one"] = 4, ["alpha-three"] = 5, ["beta-one"] = 2 }, again.Answers);
        Assert.Equal(Noon.AddMinutes(6), again.UpdatedAt);
        Assert.Equal(3, again.AnsweredOf(SampleDefinition.Read()));
    }

    [Fact]
    public void Answers_to_other_steps_or_out_of_range_are_not_taken_from_a_post()
    {
        var draft = ResponseDraft.Empty("en", Noon).With(Steps, 1, Posted(answers: [("alpha-one", 9), ("beta-one", 3), ("alpha-two", 2)]), Noon);

        Assert.Equal(new Dictionary<string, int> { ["alpha-two"] = 2 }, draft.Answers);
    }

    [Fact]
    public void Validating_the_draft_names_the_first_step_with_a_problem()
    {
        var draft = ResponseDraft.Empty("en", Noon)
            .With(Steps, 0, Posted(team: "T", role: "R"), Noon)
            .With(Steps, 2, Posted(answers: [("beta-one", 2), ("beta-two", 1)]), Noon);

        var (valid, errors) = ResponseValidator.Validate(SampleDefinition.Read(), draft.ToInput(), SampleDefinition.Languages);

        Assert.Null(valid);
        Assert.Equal(1, Steps.FirstWithProblems(errors));
        Assert.All(Steps.ProblemsOn(1, errors).Values.SelectMany(p => p), p => Assert.Equal(ProblemKind.NotAnswered, p.Kind));
        Assert.Empty(Steps.ProblemsOn(2, errors));
        Assert.True(draft.HasContent);
        Assert.False(ResponseDraft.Empty("en", Noon).HasContent);
        Assert.Equal(2, draft.ReachedStep(2).ReachedStep(1).Reached);
    }

    [Fact]
    public void Every_problem_keeps_the_apis_wording_and_says_what_kind_it_is()
    {
        var (_, errors) = ResponseValidator.Validate(SampleDefinition.Read(), new ResponseInput(" ", new string('r', 200), "sv", new Dictionary<string, int?>(), "a\u0001b"), SampleDefinition.Languages);

        Assert.Equal(["'team' is required"], errors.ToDictionary()["team"]);
        Assert.Equal(ProblemKind.Required, errors.Problems["team"].Single().Kind);
        Assert.Equal((ProblemKind.TooLong, "80"), (errors.Problems["role"].Single().Kind, errors.Problems["role"].Single().Argument));
        Assert.Equal(ProblemKind.ControlCharacters, errors.Problems["comment"].Single().Kind);
        Assert.Equal(ProblemKind.NotAnswered, errors.Problems["answers.alpha-one"].Single().Kind);
    }
}
