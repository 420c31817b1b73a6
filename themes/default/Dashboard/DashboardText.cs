namespace PmoPlaybook.Theme.Dashboard;

/// <summary>
/// The words of the PMO dashboard and the page feedback form that <see cref="Assessments.AssessmentText"/>
/// does not have (it holds the shared ones: Dashboard, Spread, SignIn, WasHelpful, …): section <c>dashboard</c> of themes/default/i18n/{language}.yml.
/// </summary>
public sealed class DashboardText
{
    public required string Results { get; init; }
    public required string DashboardNav { get; init; }
    public required string HeatmapCaption { get; init; }
    public required string SpreadCaption { get; init; }
    public required string Legend { get; init; }
    public required string Team { get; init; }
    public required string Responses { get; init; }
    public required string LastResponse { get; init; }
    public required string Mean { get; init; }
    public required string Teams { get; init; }
    public required string NotRated { get; init; }
    public required string SignedInAs { get; init; }
    public required string SignInIntro { get; init; }
    public required string FeedbackIntro { get; init; }
    public required string NoFeedback { get; init; }
    public required string FeedbackCaption { get; init; }
    public required string CommentsOn { get; init; }
    public required string FeedbackFailed { get; init; }

    public static DashboardText For(string language) => UiText.For(language).Dashboard;
}
