using PmoPlaybook.Content.Model;
using PmoPlaybook.Theme.Changes;

namespace PmoPlaybook.Theme;

/// <summary>The theme's own words (not the content's), per language. Unknown languages fall back to English.</summary>
public sealed record UiText(
    string SkipToContent,
    string Menu,
    string Sections,
    string Breadcrumb,
    string Home,
    string OnThisPage,
    string Previous,
    string Next,
    string PreviousAndNext,
    string Language,
    string MinutesRead,
    string InThisSection,
    string NotFoundTitle,
    string NotFoundText,
    string Redirecting,
    string NotTranslated,
    string MorePages,
    string ContentErrorTitle,
    string Search,
    string SearchLabel,
    string SearchHint,
    string ResultsFor,
    string NoResults,
    string DidYouMean,
    string AnyType,
    string AnyLanguage,
    string Filter,
    string FallbackNotice,
    string Downloads,
    string Version,
    string Category,
    string Format,
    string All)
{
    public static UiText English { get; } = new(
        "Skip to content", "Menu", "Sections", "Breadcrumb", "Home", "On this page", "Previous", "Next",
        "Previous and next page", "Language", "{0} min read", "In this section",
        "Page not found", "The page you asked for is not here. It may have moved when the playbook was reorganised.",
        "Choose your language", "not translated yet", "All {0} pages in {1}", "Content errors",
        "Search", "Search the playbook", "Press / to search", "{0} results for “{1}” ({2} ms)", "Nothing matched “{0}”. Try fewer or other words.",
        "Did you mean", "Any type", "Any language", "Filter",
        "This page has not been translated into English yet; here it is in {0}.",
        "Download", "Version {0}", "Category", "Format", "All")
    {
        LanguageNames = new Dictionary<string, string> { ["en"] = "English", ["sv"] = "Swedish" },
        SectionLabel = "Section",
        ChecklistHint = "Tick the items off as you go. Your progress is kept in this browser, in both languages.",
        ChecklistProgress = "{0} of {1} done",
        NoTemplatesMatch = "No templates match these filters.",
        ShowAllTemplates = "Show all templates",
        PrintedFrom = "Online: {0}",
        Tags = "Tags",
        TagsIntro = "Every tag the playbook's pages carry. Pick one to see the pages about it.",
        TaggedWith = "Tagged “{0}”",
        TagPageCount = "{0} pages",
        TagPageCountOne = "1 page",
        AllTags = "All tags",
    };

    public static UiText Swedish { get; } = new(
        "Hoppa till innehållet", "Meny", "Avsnitt", "Brödsmulor", "Start", "På den här sidan", "Föregående", "Nästa",
        "Föregående och nästa sida", "Språk", "{0} min läsning", "I det här avsnittet",
        "Sidan finns inte", "Sidan du söker finns inte här. Den kan ha flyttats när handboken byggdes om.",
        "Välj språk", "inte översatt än", "Alla {0} sidor i {1}", "Fel i innehållet",
        "Sök", "Sök i handboken", "Tryck / för att söka", "{0} träffar för ”{1}” ({2} ms)", "Inget matchade ”{0}”. Prova färre eller andra ord.",
        "Menade du", "Alla typer", "Alla språk", "Filtrera",
        "Den här sidan finns inte på svenska än. Här är den på {0}.",
        "Ladda ner", "Version {0}", "Kategori", "Format", "Alla")
    {
        LanguageNames = new Dictionary<string, string> { ["en"] = "engelska", ["sv"] = "svenska" },
        SectionLabel = "Avsnitt",
        ChecklistHint = "Bocka av efter hand. Det du har bockat av sparas i den här webbläsaren, på båda språken.",
        ChecklistProgress = "{0} av {1} klara",
        NoTemplatesMatch = "Inga mallar matchar de här filtren.",
        ShowAllTemplates = "Visa alla mallar",
        PrintedFrom = "På webben: {0}",
        Tags = "Taggar",
        TagsIntro = "Alla taggar som handbokens sidor har. Välj en för att se sidorna om den.",
        TaggedWith = "Taggade ”{0}”",
        TagPageCount = "{0} sidor",
        TagPageCountOne = "1 sida",
        AllTags = "Alla taggar",
    };

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

    /// <summary>Page history, "What changed" and "Content health" (kept apart, so this list stays the page furniture).</summary>
    public ChangesText Changes => ReferenceEquals(this, Swedish) ? ChangesText.Swedish : ChangesText.English;

    public static string FormatName(string format) => format switch
    {
        "docx" => "Word (.docx)",
        "xlsx" => "Excel (.xlsx)",
        "md" => "Markdown (.md)",
        _ => "." + format,
    };

    public static UiText For(string language) => language switch
    {
        "sv" => Swedish,
        _ => English,
    };

    public string TypeName(PageType type) => (this == Swedish, type) switch
    {
        (true, PageType.Playbook) => "Arbetssätt",
        (true, PageType.Role) => "Roll",
        (true, PageType.Template) => "Mall",
        (true, PageType.Guide) => "Guide",
        (true, PageType.Assessment) => "Självskattning",
        (true, PageType.Path) => "Lärväg",
        (true, _) => "Sida",
        (false, PageType.Playbook) => "Playbook",
        (false, PageType.Role) => "Role",
        (false, PageType.Template) => "Template",
        (false, PageType.Guide) => "Guide",
        (false, PageType.Assessment) => "Self-assessment",
        (false, PageType.Path) => "Learning path",
        _ => "Page",
    };
}
