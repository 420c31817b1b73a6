using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Theme.Assessments;

/// <summary>The words of the assessment app, the dashboard and the feedback form, per language (English for any other).</summary>
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

    public static AssessmentText For(string language) => language == "sv" ? Swedish : English;

    public static AssessmentText English { get; } = new()
    {
        ProblemInvalid = "This value cannot be used; please change it.",
        ProblemRequired = "Please fill this in.",
        ProblemTooLong = "Please shorten this to at most {0} characters.",
        ProblemControlCharacters = "Please remove the invisible control characters (they often come with pasted text).",
        ProblemNotAnswered = "Choose the statement that fits best, or “Don't know”.",
        ProblemNotADate = "Please give a date, such as the last day of next month.",
        ProblemDateTooEarly = "Please choose a date on or after {0}.",
        ProblemTooMany = "Choose at most {0}.",
        ProblemNoneChosen = "Choose at least one.",
        ProblemNotARole = "Name a role (such as PMO lead), not a person or an e-mail address.",
        ResumeTitle = "Continue where you left off?",
        ResumeText = "This browser holds an unfinished assessment from {0}: {1} of {2} questions answered.",
        Resume = "Continue where you left off",
        StartAgain = "Start again",
        ErrorsOnStep = "Some answers on this step are missing or need a change.",
        StepOf = "Step {0} of {1}",
        AboutYou = "About your team",
        AboutYouHint = "We ask for your team and your role, never your name. Next time, start from “Take the assessment again” on your result page (keep its address): the new result then shows your trend.",
        Team = "Team or unit",
        Role = "Your role",
        RoleHint = "For example sponsor, PMO lead, product owner or project manager.",
        DontKnow = "Don't know",
        Back = "Back",
        Next = "Next",
        SeeResult = "See the result",
        Comment = "Anything you want the PMO to know? (optional)",
        ErrorSummary = "Please check these answers:",
        Result = "Result",
        Overall = "Overall level",
        LevelValue = "{0} of 5",
        ChartTitle = "Level per area, from 1 (centre) to 5 (edge)",
        TableCaption = "Level per area (1 initial … 5 optimising)",
        Area = "Area",
        Level = "Level",
        Answered = "Answered",
        HeldBack = "Held back by one answer: “{0}” at level {1}; the other answers average {2}.",
        NotRated = "not rated (only “don't know”)",
        ReadNext = "What to read next",
        ReadNextIntro = "Start with the areas that hold you back most:",
        Trend = "Your trend",
        TrendIntro = "Team “{0}”: each result taken again from the one before it, oldest first.",
        Date = "Date",
        Download = "Download this result:",
        PrivateLink = "This page has a private address: bookmark it or share it with your team. Anyone who has the link can see the result.",
        YourComment = "Your comment",
        TakeAgain = "Take the assessment again",
        Dashboard = "PMO dashboard",
        DashboardIntro = "The latest result of every team, per area, and the spread across teams.",
        Spread = "Spread",
        NoResponses = "No results yet.",
        SignIn = "Sign in",
        AccessKey = "Access key",
        WrongKey = "That access key is not right.",
        SignOut = "Sign out",
        Feedback = "Page feedback",
        Page = "Page",
        Helpful = "Helpful",
        NotHelpful = "Not helpful",
        Comments = "Comments",
        WasHelpful = "Was this page helpful?",
        Yes = "Yes",
        No = "No",
        FeedbackComment = "What would make it better? (optional)",
        Send = "Send feedback",
        Thanks = "Thank you: the PMO reads every answer.",
        LeaveEmpty = "Leave this field empty",
        LeastHelpful = "Pages readers found least helpful",
        LeastHelpfulNeedsApp = "Readers' answers to “Was this page helpful?” are kept by the playbook app. Open this page at the app's address to see which pages most need work.",
        NoNotHelpfulVotes = "No page has a “not helpful” answer yet.",
    };

    public static AssessmentText Swedish { get; } = new()
    {
        ProblemInvalid = "Värdet går inte att använda; ändra det.",
        ProblemRequired = "Fyll i det här.",
        ProblemTooLong = "Korta texten till högst {0} tecken.",
        ProblemControlCharacters = "Ta bort de osynliga styrtecknen (de följer ofta med inklistrad text).",
        ProblemNotAnswered = "Välj det påstående som passar bäst, eller ”Vet inte”.",
        ProblemNotADate = "Ange ett datum, till exempel sista dagen nästa månad.",
        ProblemDateTooEarly = "Välj ett datum tidigast {0}.",
        ProblemTooMany = "Välj högst {0}.",
        ProblemNoneChosen = "Välj minst ett.",
        ProblemNotARole = "Ange en roll (till exempel PMO-chef), inte en person eller en e-postadress.",
        ResumeTitle = "Fortsätta där du slutade?",
        ResumeText = "Den här webbläsaren har en påbörjad självskattning från {0}: {1} av {2} frågor besvarade.",
        Resume = "Fortsätt där du slutade",
        StartAgain = "Börja om",
        ErrorsOnStep = "Några svar i det här steget saknas eller behöver ändras.",
        StepOf = "Steg {0} av {1}",
        AboutYou = "Om ert team",
        AboutYouHint = "Vi frågar efter ert team och din roll, aldrig ditt namn. Börja nästa gång från ”Gör självskattningen igen” på er resultatsida (spara dess adress), så visar det nya resultatet hur ni har utvecklats.",
        Team = "Team eller enhet",
        Role = "Din roll",
        RoleHint = "Till exempel beställare, PMO-chef, produktägare eller projektledare.",
        DontKnow = "Vet inte",
        Back = "Tillbaka",
        Next = "Nästa",
        SeeResult = "Visa resultatet",
        Comment = "Något du vill att PMO:t ska veta? (valfritt)",
        ErrorSummary = "Kontrollera de här svaren:",
        Result = "Resultat",
        Overall = "Samlad nivå",
        LevelValue = "{0} av 5",
        ChartTitle = "Nivå per område, från 1 (mitten) till 5 (kanten)",
        TableCaption = "Nivå per område (1 initial … 5 optimerande)",
        Area = "Område",
        Level = "Nivå",
        Answered = "Besvarade",
        HeldBack = "Hålls tillbaka av ett svar: ”{0}” på nivå {1}; övriga svar ger i snitt {2}.",
        NotRated = "ingen nivå (bara ”vet inte”)",
        ReadNext = "Läs det här härnäst",
        ReadNextIntro = "Börja med de områden som håller tillbaka mest:",
        Trend = "Er utveckling",
        TrendIntro = "Teamet ”{0}”: varje resultat gjort om från det föregående, äldst först.",
        Date = "Datum",
        Download = "Ladda ner resultatet:",
        PrivateLink = "Den här sidan har en privat adress: spara den eller dela den med teamet. Alla som har länken kan se resultatet.",
        YourComment = "Din kommentar",
        TakeAgain = "Gör självskattningen igen",
        Dashboard = "PMO-översikt",
        DashboardIntro = "Varje teams senaste resultat per område och spridningen mellan teamen.",
        Spread = "Spridning",
        NoResponses = "Inga resultat än.",
        SignIn = "Logga in",
        AccessKey = "Åtkomstnyckel",
        WrongKey = "Åtkomstnyckeln stämmer inte.",
        SignOut = "Logga ut",
        Feedback = "Synpunkter på sidor",
        Page = "Sida",
        Helpful = "Till hjälp",
        NotHelpful = "Inte till hjälp",
        Comments = "Kommentarer",
        WasHelpful = "Var sidan till hjälp?",
        Yes = "Ja",
        No = "Nej",
        FeedbackComment = "Vad skulle göra den bättre? (valfritt)",
        Send = "Skicka",
        Thanks = "Tack! PMO:t läser varje svar.",
        LeaveEmpty = "Lämna fältet tomt",
        LeastHelpful = "Sidor som läsarna tyckte hjälpte minst",
        LeastHelpfulNeedsApp = "Läsarnas svar på ”Var sidan till hjälp?” sparas av handbokens app. Öppna den här sidan via appens adress för att se vilka sidor som mest behöver arbete.",
        NoNotHelpfulVotes = "Ingen sida har fått svaret ”inte till hjälp” än.",
    };
}
