namespace PmoPlaybook.Theme.Changes;

/// <summary>
/// The words of page history, "What changed" and "Content health" in one language: section <c>changes</c> of
/// themes/default/i18n/{language}.yml.
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
}
