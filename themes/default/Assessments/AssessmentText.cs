using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Theme.Assessments;

/// <summary>The words of the assessment app, the dashboard and the feedback form in one language: section <c>assessment</c> of themes/default/i18n/{language}.yml.</summary>
public sealed class AssessmentText
{
    public required string StepOf { get; init; }
    public required string AboutYou { get; init; }
    public required string AboutYouHint { get; init; }
    public required string Team { get; init; }
    public required string Role { get; init; }
    public required string RoleHint { get; init; }
    public required string DontKnow { get; init; }
    public required string Back { get; init; }
    public required string Next { get; init; }
    public required string SeeResult { get; init; }
    public required string Comment { get; init; }
    public required string ErrorSummary { get; init; }
    public required string Result { get; init; }
    public required string Overall { get; init; }
    public required string LevelValue { get; init; }
    public required string ChartTitle { get; init; }
    public required string TableCaption { get; init; }
    public required string Area { get; init; }
    public required string Level { get; init; }
    public required string Answered { get; init; }
    public required string HeldBack { get; init; }
    public required string NotRated { get; init; }
    public required string ReadNext { get; init; }
    public required string ReadNextIntro { get; init; }
    public required string Trend { get; init; }
    public required string TrendIntro { get; init; }
    public required string Date { get; init; }
    public required string Download { get; init; }
    public required string PrivateLink { get; init; }
    public required string YourComment { get; init; }
    public required string TakeAgain { get; init; }
    public required string Dashboard { get; init; }
    public required string DashboardIntro { get; init; }
    public required string Spread { get; init; }
    public required string NoResponses { get; init; }
    public required string SignIn { get; init; }
    public required string AccessKey { get; init; }
    public required string WrongKey { get; init; }
    public required string SignOut { get; init; }
    public required string Feedback { get; init; }
    public required string Page { get; init; }
    public required string Helpful { get; init; }
    public required string NotHelpful { get; init; }
    public required string Comments { get; init; }
    public required string WasHelpful { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string FeedbackComment { get; init; }
    public required string Send { get; init; }
    public required string Thanks { get; init; }
    public required string LeaveEmpty { get; init; }
    public required string LeastHelpful { get; init; }
    public required string LeastHelpfulNeedsApp { get; init; }
    public required string NoNotHelpfulVotes { get; init; }

    public required string ProblemInvalid { get; init; }
    public required string ProblemRequired { get; init; }
    public required string ProblemTooLong { get; init; }
    public required string ProblemControlCharacters { get; init; }
    public required string ProblemNotAnswered { get; init; }
    public required string ProblemNotADate { get; init; }
    public required string ProblemDateTooEarly { get; init; }
    public required string ProblemTooMany { get; init; }
    public required string ProblemNoneChosen { get; init; }
    public required string ProblemNotARole { get; init; }
    public required string ResumeTitle { get; init; }
    public required string ResumeText { get; init; }
    public required string Resume { get; init; }
    public required string StartAgain { get; init; }
    public required string ErrorsOnStep { get; init; }

    /// <summary>A validation problem in this language (the API keeps its own field-naming wording).</summary>
    public string Problem(FieldProblem problem) => string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Kind switch
    {
        ProblemKind.Required => ProblemRequired,
        ProblemKind.TooLong => ProblemTooLong,
        ProblemKind.ControlCharacters => ProblemControlCharacters,
        ProblemKind.NotAnswered => ProblemNotAnswered,
        ProblemKind.NotADate => ProblemNotADate,
        ProblemKind.DateTooEarly => ProblemDateTooEarly,
        ProblemKind.TooMany => ProblemTooMany,
        ProblemKind.NoneChosen => ProblemNoneChosen,
        ProblemKind.NotARole => ProblemNotARole,
        _ => ProblemInvalid,
    }, problem.Argument ?? "");

    public static AssessmentText For(string language) => UiText.For(language).Assessment;
}
