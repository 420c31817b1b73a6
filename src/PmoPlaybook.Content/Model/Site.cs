using System.Collections.Concurrent;
using PmoPlaybook.Content.Navigation;

namespace PmoPlaybook.Content.Model;

/// <summary>
/// The whole site as typed data: pages by path and language, translations, and per-language navigation.
/// Immutable; an incremental rebuild makes a new Site with one page replaced.
/// </summary>
public sealed class Site
{
    private readonly Dictionary<string, Page> _byPath;
    private readonly ILookup<string, Page> _byKey;
    private readonly ConcurrentDictionary<string, SiteNavigation> _navigation = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<TagGroup>> _tags = new();

    public Site(SiteConfig config, IEnumerable<Page> pages)
    {
        Config = config;
        var written = pages.Where(p => !p.IsSynthetic).ToArray();
        Pages = LandingPages.AddMissing(config, FallbackPages.AddMissing(config, written).ToArray())
            .OrderBy(p => p.Path.Value, StringComparer.Ordinal)
            .ToArray();
        _byPath = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in Pages)
        {
            _byPath.TryAdd(page.Path.Value, page);
        }
        _byKey = Pages.ToLookup(p => p.Path.Key, StringComparer.Ordinal);
    }

    public SiteConfig Config { get; }

    public IReadOnlyList<Page> Pages { get; }

    public Page? Find(string contentPath) => _byPath.GetValueOrDefault(contentPath);

    public IEnumerable<Page> InLanguage(string language) => Pages.Where(p => p.Language == language);

    /// <summary>
    /// The same page in every language it is written in, in site.yml's language order, itself included;
    /// stand-ins are not translations (they are left out of hreflang and the sitemap's alternates).
    /// </summary>
    public IReadOnlyList<Page> Translations(Page page) =>
        Config.Languages.Select(l => _byKey[page.Path.Key].FirstOrDefault(p => p.Language == l.Code && p.FallbackFor is null)).OfType<Page>().ToArray();

    /// <summary>The page at this path in another language: its translation, a stand-in, or null.</summary>
    public Page? InLanguage(Page page, string language) => Find(page.Path.WithLanguage(language).Value);

    public SiteNavigation Navigation(string language) =>
        _navigation.GetOrAdd(language, lang => SiteNavigation.Build(this, lang));

    /// <summary>The language's tags and their pages (<see cref="SiteTags"/>), worked out once per site.</summary>
    public IReadOnlyList<TagGroup> Tags(string language) =>
        _tags.GetOrAdd(language, lang => SiteTags.Build(this, lang));

    /// <summary>A new site with the given pages added or replaced and the given paths removed.</summary>
    public Site With(IEnumerable<Page> changed, IEnumerable<string> removed)
    {
        var pages = _byPath.Where(p => !p.Value.IsSynthetic).ToDictionary(StringComparer.Ordinal);
        foreach (var path in removed)
        {
            pages.Remove(path);
        }
        foreach (var page in changed)
        {
            pages[page.Path.Value] = page;
        }
        return new Site(Config, pages.Values);
    }
}
