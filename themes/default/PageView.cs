using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Navigation;

namespace PmoPlaybook.Theme;

/// <summary>Everything a page template reads, computed once by the generator (or the web app) per page.</summary>
public sealed record PageView(Site Site, Page Page, ThemeAssets Assets)
{
    public SiteConfig Config => Site.Config;

    public string Language => Page.Language;

    public UiText Text => UiText.For(Page.Language);

    public SiteNavigation Navigation => Site.Navigation(Page.Language);

    public string Href(string urlPath) => Config.Href(urlPath);

    public bool IsHome => Page.Path.Value == Page.Language + "/index.md";

    public bool IsSectionLanding => Page.Path.IsIndex && !IsHome;

    /// <summary>Each configured language with where to read this page in it: the translation, or that language's home.</summary>
    public IEnumerable<LanguageLink> LanguageLinks()
    {
        var translations = Site.Translations(Page);
        foreach (var language in Config.Languages)
        {
            var translation = translations.FirstOrDefault(t => t.Language == language.Code);
            yield return new LanguageLink(language, translation is null ? $"/{language.Code}/" : translation.UrlPath, translation is not null, language.Code == Language);
        }
    }
}

public sealed record LanguageLink(SiteLanguage Language, string UrlPath, bool IsTranslation, bool IsCurrent);
