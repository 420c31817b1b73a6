using PmoPlaybook.Theme.Layout;

namespace PmoPlaybook.Theme.Health;

/// <summary>
/// A language's "Content health" page for editors: what is stale, unowned or untranslated. Left out of
/// the navigation and of search engines; linked from "What changed".
/// </summary>
/// <param name="Unchanged">Pages with no commit since <paramref name="StaleSince"/>; empty when the build had no Git history.</param>
public sealed record ContentHealthModel(
    LayoutModel Layout,
    DateOnly Today,
    IReadOnlyList<HealthItem> PastReview,
    IReadOnlyList<HealthItem> WithoutOwner,
    IReadOnlyList<TranslationGap> MissingTranslations,
    DateOnly StaleSince,
    IReadOnlyList<HealthItem> Unchanged,
    bool HistoryAvailable)
{
    public Changes.ChangesText Text => Layout.Text.Changes;

    public static string UrlPath(string language) => $"/{language}/content-health/";
}

/// <summary>A page on the health page: where to read it, which file to edit, and the date the list is about.</summary>
public sealed record HealthItem(string Title, string UrlPath, string File, string? Owner = null, DateOnly? Date = null);

/// <summary>A page written in one language and missing in others.</summary>
public sealed record TranslationGap(string Title, string UrlPath, string File, string WrittenIn, IReadOnlyList<string> MissingIn);
