using System.Globalization;
using PmoPlaybook.Content.History;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Navigation;

namespace PmoPlaybook.Theme;

/// <summary>Everything a page template reads, computed once by the generator (or the web app) per page.</summary>
public sealed record PageView(Site Site, Page Page, ThemeAssets Assets)
{
    /// <summary>A template page's files (Word, Excel, Markdown), as the build generates them; none for other pages.</summary>
    public Func<Page, IReadOnlyList<DownloadLink>> DownloadsOf { get; init; } = _ => [];

    /// <summary>The build's Git history; empty when the site was built without one (pages then show no dates).</summary>
    public ContentHistory History { get; init; } = ContentHistory.Empty;

    public SiteConfig Config => Site.Config;

    /// <summary>The page whose file this is: the original, for a stand-in showing an untranslated page.</summary>
    public Page Source => Page.FallbackFor ?? Page;

    /// <summary>
    /// The Markdown file the page (or, for a stand-in, its original) is written in, content-relative; null
    /// for pages the site makes from something else (landing pages, assessment pages from their definitions),
    /// which have no file to edit. Set by the generator, which knows which files exist.
    /// </summary>
    public string? SourceFile { get; init; }

    /// <summary>The source file's history; null when there is no file or Git does not know it.</summary>
    public PageHistory? FileHistory => SourceFile is null ? null : History.For(SourceFile);

    /// <summary>"Edit this page": the file in the repository's web editor; null without a repository in site.yml or a file.</summary>
    public string? EditUrl => SourceFile is null ? null : Config.Repository?.EditUrl(History.RepositoryPath(SourceFile));

    /// <summary>The file's commits in the repository's web view.</summary>
    public string? HistoryUrl => SourceFile is null ? null : Config.Repository?.HistoryUrl(History.RepositoryPath(SourceFile));

    public CultureInfo Culture => DateText.Culture(Config, Language);

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
            yield return new LanguageLink(language, there?.UrlPath ?? $"/{language.Code}/", there is { FallbackFor: null }, language.Code == Language)
            {
                Sections = there is null ? null : there.Headings.Where(h => h.Level is 2 or 3).Select(h => h.Id).ToArray(),
            };
        }
    }
}

/// <summary>A downloadable file of a template page.</summary>
public sealed record DownloadLink(string Format, string FileName, string Href);

public sealed record LanguageLink(SiteLanguage Language, string UrlPath, bool IsTranslation, bool IsCurrent)
{
    /// <summary>
    /// The heading ids of the page in that language (h2 and h3, in order), so the switcher can keep the reader's
    /// section: the same id, or the heading at the same place when the translation's ids differ. Null when the
    /// link goes to the language's home instead.
    /// </summary>
    public IReadOnlyList<string>? Sections { get; init; }
}
