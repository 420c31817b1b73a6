namespace PmoPlaybook.Theme.Changes;

/// <summary>
/// The words of page history, "What changed" and "Content health", per language. Named properties rather
/// than positions, so a translator sees which English each Swedish line stands for.
/// </summary>
public sealed record ChangesText
{
    public required string AboutThisPage { get; init; }

    /// <summary>"{0}" is the date, "{1}" the author.</summary>
    public required string LastUpdated { get; init; }

    public required string Contributors { get; init; }

    public required string Owner { get; init; }

    public required string EditThisPage { get; init; }

    public required string PageHistory { get; init; }

    public required string WhatChanged { get; init; }

    public required string ChangesIntro { get; init; }

    public required string Feed { get; init; }

    public required string ViewChange { get; init; }

    public required string PagesChanged { get; init; }

    public required string Removed { get; init; }

    public required string NoHistory { get; init; }

    public required string NoChanges { get; init; }

    public required string ContentHealth { get; init; }

    public required string ContentHealthLink { get; init; }

    /// <summary>"{0}" is today's date.</summary>
    public required string HealthIntro { get; init; }

    public required string PastReview { get; init; }

    public required string WithoutOwner { get; init; }

    public required string MissingTranslations { get; init; }

    /// <summary>"{0}" is the date a year ago.</summary>
    public required string Unchanged { get; init; }

    public required string NothingHere { get; init; }

    public required string Page { get; init; }

    public required string File { get; init; }

    public required string ReviewBy { get; init; }

    public required string LastChanged { get; init; }

    public required string WrittenIn { get; init; }

    public required string MissingIn { get; init; }

    public required string NoOwner { get; init; }

    public static ChangesText English { get; } = new()
    {
        AboutThisPage = "About this page",
        LastUpdated = "Last updated {0} by {1}",
        Contributors = "Contributors",
        Owner = "Owner",
        EditThisPage = "Edit this page",
        PageHistory = "Page history",
        WhatChanged = "What changed",
        ChangesIntro = "The latest changes to the playbook, newest first.",
        Feed = "Follow the changes in a feed reader (Atom)",
        ViewChange = "View the change",
        PagesChanged = "Pages changed",
        Removed = "removed",
        NoHistory = "The list of changes is not available: this copy of the site was built without its Git history.",
        NoChanges = "No changes yet.",
        ContentHealth = "Content health",
        ContentHealthLink = "Content health (for editors)",
        HealthIntro = "Pages that need an editor's attention, as of {0}.",
        PastReview = "Past their review date",
        WithoutOwner = "Without an owner",
        MissingTranslations = "Missing translations",
        Unchanged = "Not changed in over a year (since {0})",
        NothingHere = "None.",
        Page = "Page",
        File = "File",
        ReviewBy = "Review by",
        LastChanged = "Last changed",
        WrittenIn = "Written in",
        MissingIn = "Missing in",
        NoOwner = "no owner",
    };

    public static ChangesText Swedish { get; } = new()
    {
        AboutThisPage = "Om sidan",
        LastUpdated = "Senast ändrad {0} av {1}",
        Contributors = "Medverkande",
        Owner = "Ägare",
        EditThisPage = "Redigera sidan",
        PageHistory = "Sidans historik",
        WhatChanged = "Vad har ändrats",
        ChangesIntro = "De senaste ändringarna i handboken, nyast först.",
        Feed = "Följ ändringarna i en flödesläsare (Atom)",
        ViewChange = "Visa ändringen",
        PagesChanged = "Ändrade sidor",
        Removed = "borttagen",
        NoHistory = "Listan över ändringar saknas: den här kopian av webbplatsen byggdes utan sin Git-historik.",
        NoChanges = "Inga ändringar än.",
        ContentHealth = "Innehållsstatus",
        ContentHealthLink = "Innehållsstatus (för redaktörer)",
        HealthIntro = "Sidor som behöver en redaktörs uppmärksamhet, per {0}.",
        PastReview = "Passerat granskningsdatum",
        WithoutOwner = "Saknar ägare",
        MissingTranslations = "Saknade översättningar",
        Unchanged = "Inte ändrade på över ett år (sedan {0})",
        NothingHere = "Inga.",
        Page = "Sida",
        File = "Fil",
        ReviewBy = "Granskas senast",
        LastChanged = "Senast ändrad",
        WrittenIn = "Skriven på",
        MissingIn = "Saknas på",
        NoOwner = "ingen ägare",
    };

    public static ChangesText For(string language) => language switch
    {
        "sv" => Swedish,
        _ => English,
    };
}
