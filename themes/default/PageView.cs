using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Navigation;

namespace PmoPlaybook.Theme;

/// <summary>Everything a page template reads, computed once by the generator (or the web app) per page.</summary>
public sealed record PageView(Site Site, Page Page, ThemeAssets Assets)
{
    /// <summary>A template page's files (Word, Excel, Markdown), as the build generates them; none for other pages.</summary>
    public Func<Page, IReadOnlyList<DownloadLink>> DownloadsOf { get; init; } = _ => [];

    public SiteConfig Config => Site.Config;

    public string Language => Page.Language;

    public UiText Text => UiText.For(Page.Language);

    public SiteNavigation Navigation => Site.Navigation(Page.Language);

    public string Href(string urlPath) => Config.Href(urlPath);

    public bool IsHome => Page.Path.Value == Page.Language + "/index.md";

    public bool IsSectionLanding => Page.Path.IsIndex && !IsHome;

    /// <summary>
    /// Each configured language with where to read this page in it: the translation, a stand-in with the
    /// original's text, or that language's home.
    /// </summary>
    public IEnumerable<LanguageLink> LanguageLinks()
    {
        foreach (var language in Config.Languages)
        {
            var there = Site.InLanguage(Page, language.Code);
            yield return new LanguageLink(language, there?.UrlPath ?? $"/{language.Code}/", there is { FallbackFor: null }, language.Code == Language);
        }
    }
}

/// <summary>A downloadable file of a template page.</summary>
public sealed record DownloadLink(string Format, string FileName, string Href);

public sealed record LanguageLink(SiteLanguage Language, string UrlPath, bool IsTranslation, bool IsCurrent);
