namespace PmoPlaybook.Theme.Dashboard;

/// <summary>
/// The words of the PMO dashboard and the page feedback form that <see cref="Assessments.AssessmentText"/>
/// does not have (it holds the shared ones: Dashboard, Spread, SignIn, WasHelpful, …), per language.
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

    public static DashboardText For(string language) => language == "sv" ? Swedish : English;

    public static DashboardText English { get; } = new()
    {
        Results = "Results",
        DashboardNav = "Dashboard",
        HeatmapCaption = "Latest result of each team per area (1–5)",
        SpreadCaption = "Spread of the teams' latest results",
        Legend = "Cell colours follow the level; the number in each cell is the level itself.",
        Team = "Team",
        Responses = "Responses",
        LastResponse = "Last response",
        Mean = "Mean",
        Teams = "Teams",
        NotRated = "not rated",
        SignedInAs = "Signed in as {0}",
        SignInIntro = "The dashboard shows every team's results. Sign in with the access key the PMO gave you.",
        FeedbackIntro = "Answers to “Was this page helpful?”, the pages with the most “not helpful” first.",
        NoFeedback = "No page feedback yet.",
        FeedbackCaption = "Feedback per page",
        CommentsOn = "Comments on “{0}”",
        FeedbackFailed = "Your feedback could not be sent. Please try again later.",
    };

    public static DashboardText Swedish { get; } = new()
    {
        Results = "Resultat",
        DashboardNav = "Översikt",
        HeatmapCaption = "Varje teams senaste resultat per område (1–5)",
        SpreadCaption = "Spridningen i teamens senaste resultat",
        Legend = "Cellernas färg följer nivån; talet i varje cell är själva nivån.",
        Team = "Team",
        Responses = "Svar",
        LastResponse = "Senaste svar",
        Mean = "Medel",
        Teams = "Team",
        NotRated = "ingen nivå",
        SignedInAs = "Inloggad som {0}",
        SignInIntro = "Översikten visar alla teams resultat. Logga in med åtkomstnyckeln du har fått av PMO:t.",
        FeedbackIntro = "Svar på ”Var sidan till hjälp?”, sidorna med flest ”inte till hjälp” först.",
        NoFeedback = "Inga synpunkter på sidor än.",
        FeedbackCaption = "Synpunkter per sida",
        CommentsOn = "Kommentarer om ”{0}”",
        FeedbackFailed = "Det gick inte att skicka. Försök igen senare.",
    };
}
