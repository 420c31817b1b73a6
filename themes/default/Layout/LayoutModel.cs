using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Navigation;
using PmoPlaybook.Theme.Changes;

namespace PmoPlaybook.Theme.Layout;

/// <summary>
/// What the outer layout needs, independent of what fills the page: the static generator fills it from
/// a content page, the web app from its own pages (search, assessments), so both share one look.
/// </summary>
public sealed record LayoutModel(
    SiteConfig Config,
    string Language,
    string Title,
    string? Description,
    string? CanonicalPath,
    IReadOnlyList<LanguageLink> Languages,
    ThemeAssets Assets,
    SiteNavigation? Navigation,
    Page? CurrentPage,
    string BodyClass = "")
{
    public UiText Text => UiText.For(Language);

    public string Href(string urlPath) => Config.Href(urlPath);

    /// <summary>Keep search engines away (pages for editors, such as content health).</summary>
    public bool NoIndex { get; init; }

    /// <summary>The language's "What changed" page and its Atom feed, which every page links to.</summary>
    public string ChangesPath => ChangesModel.UrlPath(Language);

    public string FeedPath => ChangesModel.FeedPath(Language);

    public string DocumentTitle => CurrentPage is not null && CurrentPage.Path.Value == Language + "/index.md"
        ? Title
        : $"{Title} · {Config.Title}";

    public static LayoutModel For(PageView view) => new(
        view.Config,
        view.Language,
        view.Page.Title,
        view.Page.Meta.Summary,
        view.Page.FallbackFor?.UrlPath ?? view.Page.UrlPath,
        view.LanguageLinks().ToArray(),
        view.Assets,
        view.Navigation,
        view.Page,
        "type-" + view.Page.Meta.Type.ToName() + (IsRegister(view.Source) ? " is-register" : ""));

    /// <summary>A template whose download is a spreadsheet: its table is wide, and prints best in landscape.</summary>
    private static bool IsRegister(Page page) => page.Meta.Template?.Formats.Contains("xlsx") == true;
}
