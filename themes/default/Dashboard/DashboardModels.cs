using PmoPlaybook.Assessments.Dashboard;
using PmoPlaybook.Assessments.Feedback;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.Theme.Assessments;

namespace PmoPlaybook.Theme.Dashboard;

public enum DashboardView
{
    Results,
    Feedback,
}

/// <summary>What every dashboard page shows around its content: the language, the views, who is signed in, and sign-out.</summary>
public sealed record DashboardChrome(
    string Language,
    DashboardView Current,
    string ResultsHref,
    string FeedbackHref,
    string SignOutAction,
    FormToken SignOutToken,
    string? UserName)
{
    public AssessmentText Text => AssessmentText.For(Language);

    public DashboardText More => DashboardText.For(Language);
}

/// <summary>The results view: per assessment, every team's latest result (heatmap) and the spread.</summary>
/// <param name="ResultUrl">The result page of a response (the link on each team's name).</param>
public sealed record DashboardModel(DashboardChrome Chrome, IReadOnlyList<AssessmentOverview> Assessments, Func<AssessmentResponse, string> ResultUrl);

/// <summary>The feedback view: per page its tally, with the page's title and address.</summary>
public sealed record FeedbackDashboardModel(DashboardChrome Chrome, IReadOnlyList<PageFeedbackRow> Pages);

public sealed record PageFeedbackRow(PageTally Tally, string Title, string Href);

/// <summary>The access-key sign-in form; <see cref="WrongKey"/> after a key that did not match.</summary>
public sealed record SignInModel(string Language, string Action, FormToken Antiforgery, string ReturnUrl, bool WrongKey)
{
    public AssessmentText Text => AssessmentText.For(Language);

    public DashboardText More => DashboardText.For(Language);
}
