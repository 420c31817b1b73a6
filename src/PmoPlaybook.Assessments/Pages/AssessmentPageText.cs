namespace PmoPlaybook.Assessments.Pages;

/// <summary>The words of an assessment's page in the playbook, per language (English for any other).</summary>
internal sealed record AssessmentPageText(string Start, string Facts, string WhatItMeasures, string Levels, string HowItWorks, string HowItWorksText, string StaticNote)
{
    public static AssessmentPageText For(string language) => language == "sv" ? Swedish : English;

    private static readonly AssessmentPageText English = new(
        "Start the assessment",
        "{0} questions in {1} areas · {2} minutes of reading",
        "What it measures",
        "The five levels",
        "How it works",
        "You answer one area at a time. For each question, pick the statement that best describes how things work today, "
        + "not how they are meant to work, and choose “don't know” rather than guess. You give your team's name and your role, "
        + "never your own name. At the end you get a level per area, an overall level and the pages to read next, at a private "
        + "link you can share with your team. Every result is kept in the PMO's Git repository, so a team that takes the "
        + "assessment again sees its trend.",
        "The assessment runs in the playbook app. If the button does not open it, you are reading a static copy of the site: ask the PMO for the app's address.");

    private static readonly AssessmentPageText Swedish = new(
        "Starta självskattningen",
        "{0} frågor inom {1} områden · {2} minuters läsning",
        "Vad den mäter",
        "De fem nivåerna",
        "Så går det till",
        "Du svarar på ett område i taget. Välj för varje fråga det påstående som bäst beskriver hur det faktiskt fungerar i dag, "
        + "inte hur det är tänkt att fungera, och välj ”vet inte” hellre än att gissa. Du anger teamets namn och din roll, "
        + "aldrig ditt eget namn. Till sist får du en nivå per område, en samlad nivå och vilka sidor du bör läsa härnäst, på en "
        + "privat länk som du kan dela med teamet. Varje resultat sparas i PMO:ts Git-arkiv, så ett team som gör "
        + "självskattningen igen ser hur det har utvecklats.",
        "Självskattningen körs i handbokens app. Om knappen inte öppnar den läser du en statisk kopia av webbplatsen: fråga PMO:t efter appens adress.");
}
