using PmoPlaybook.Content.Model;
using PmoPlaybook.Theme.Assessments;
using PmoPlaybook.Theme.Changes;
using PmoPlaybook.Theme.Dashboard;
using PmoPlaybook.Theme.I18n;

namespace PmoPlaybook.Theme;

/// <summary>
/// The theme's own words (not the content's) in one language: one typed object read from
/// themes/default/i18n/{language}.yml (<see cref="UiTextCatalog"/>), so the compiler checks every text a
/// component reads and `pmo check` (PMO031) names every text a configured language's file lacks. Property
/// <c>SkipToContent</c> is key <c>skip_to_content</c>; a section (<see cref="Changes"/>) is a nested mapping.
/// </summary>
public sealed class UiText
{
    public required string SkipToContent { get; init; }

    public required string Menu { get; init; }

    public required string Sections { get; init; }

    public required string Breadcrumb { get; init; }

    public required string Home { get; init; }

    public required string OnThisPage { get; init; }

    public required string Previous { get; init; }

    public required string Next { get; init; }

    public required string PreviousAndNext { get; init; }

    public required string Language { get; init; }

    public required string MinutesRead { get; init; }

    public required string InThisSection { get; init; }

    public required string NotFoundTitle { get; init; }

    public required string NotFoundText { get; init; }

    public required string Redirecting { get; init; }

    public required string NotTranslated { get; init; }

    public required string MorePages { get; init; }

    public required string ContentErrorTitle { get; init; }

    public required string Search { get; init; }

    public required string SearchLabel { get; init; }

    public required string SearchHint { get; init; }

    public required string ResultsFor { get; init; }

    public required string NoResults { get; init; }

    public required string DidYouMean { get; init; }

    public required string AnyType { get; init; }

    public required string AnyLanguage { get; init; }

    public required string Filter { get; init; }

    public required string FallbackNotice { get; init; }

    public required string Downloads { get; init; }

    public required string Version { get; init; }

    public required string Category { get; init; }

    public required string Format { get; init; }

    public required string All { get; init; }

    /// <summary>Languages by code as a reader of this language names them ("på engelska"); a language missing here falls back to its own name from site.yml.</summary>
    public required IReadOnlyDictionary<string, string> LanguageNames { get; init; }

    public string LanguageName(SiteLanguage language) => LanguageNames.GetValueOrDefault(language.Code) ?? language.Name;

    /// <summary>The label over a section's landing page, where a page type would be ("Page" says nothing).</summary>
    public required string SectionLabel { get; init; }

    /// <summary>A learning path's checklist: what to do with it (shown only where ticking works), and the progress ({0} done of {1}).</summary>
    public required string ChecklistHint { get; init; }

    public required string ChecklistProgress { get; init; }

    /// <summary>The template gallery when its filters leave nothing, and the way back.</summary>
    public required string NoTemplatesMatch { get; init; }

    public required string ShowAllTemplates { get; init; }

    /// <summary>Under a printed page's title: where it is online ({0}), since a printed link shows only the site's own path.</summary>
    public required string PrintedFrom { get; init; }

    /// <summary>Tag pages: the index's heading and lead, a tag page's heading ({0} the tag), its page count, the way back.</summary>
    public required string Tags { get; init; }

    public required string TagsIntro { get; init; }

    public required string TaggedWith { get; init; }

    public required string TagPageCount { get; init; }

    public required string TagPageCountOne { get; init; }

    public required string AllTags { get; init; }

    public string PageCount(int count) => count == 1 ? TagPageCountOne : string.Format(TagPageCount, count);

    /// <summary>Each page type's label.</summary>
    public required PageTypeNames TypeNames { get; init; }

    /// <summary>Page history, "What changed" and "Content health" (kept apart, so this list stays the page furniture).</summary>
    public required ChangesText Changes { get; init; }

    /// <summary>The assessment app, the dashboard and the page feedback form.</summary>
    public required AssessmentText Assessment { get; init; }

    /// <summary>The dashboard's and the feedback form's words that <see cref="Assessment"/> does not have.</summary>
    public required DashboardText Dashboard { get; init; }

    /// <summary>The theme's text in a language; a language without a file gets English (which `pmo check` reports).</summary>
    public static UiText For(string language) => UiTextCatalog.Theme.For(language);

    public static string FormatName(string format) => format switch
    {
        "docx" => "Word (.docx)",
        "xlsx" => "Excel (.xlsx)",
        "md" => "Markdown (.md)",
        _ => "." + format,
    };

    public string TypeName(PageType type) => type switch
    {
        PageType.Playbook => TypeNames.Playbook,
        PageType.Role => TypeNames.Role,
        PageType.Template => TypeNames.Template,
        PageType.Guide => TypeNames.Guide,
        PageType.Assessment => TypeNames.Assessment,
        PageType.Path => TypeNames.Path,
        _ => TypeNames.Page,
    };
}
