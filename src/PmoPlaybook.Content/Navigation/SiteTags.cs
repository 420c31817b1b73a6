using System.Globalization;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Navigation;

/// <summary>One tag of a language and the pages carrying it, in the language's alphabetical order.</summary>
/// <param name="Name">The tag as most pages write it ("Risk" and "risk" are one tag, one page); on a tie the
/// lower-case spelling, since tags are written in lower case and a capital is usually a one-off.</param>
public sealed record TagGroup(string Slug, string Name, IReadOnlyList<Page> Pages);

/// <summary>
/// The tags of one language: /{lang}/tags/ lists them, /{lang}/tags/{slug}/ lists a tag's pages. Only pages
/// written in the language count: a stand-in shows another language's text, so its tags are that language's
/// (its tag links go there).
/// </summary>
public static class SiteTags
{
    public static string IndexPath(string language) => $"/{language}/tags/";

    public static string UrlPath(string language, string slug) => $"/{language}/tags/{slug}/";

    /// <summary>Where a tag on this page links: its own language's tag page (for a stand-in, its original's).</summary>
    public static string? UrlPath(Page page, string tag) =>
        UrlSlug.From(tag) is { Length: > 0 } slug ? UrlPath((page.FallbackFor ?? page).Language, slug) : null;

    public static IReadOnlyList<TagGroup> Build(Site site, string language)
    {
        var culture = CultureInfo.GetCultureInfo(site.Config.FindLanguage(language)?.Culture ?? language);
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        return site.InLanguage(language)
            .Where(p => !p.IsSynthetic)
            .SelectMany(p => p.Meta.Tags.Select(t => (Tag: t.Trim(), Page: p)))
            .Select(t => (t.Tag, t.Page, Slug: UrlSlug.From(t.Tag)))
            .Where(t => t.Slug.Length > 0)
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .Select(g => new TagGroup(
                g.Key,
                g.GroupBy(t => t.Tag, StringComparer.Ordinal).OrderByDescending(s => s.Count()).ThenByDescending(s => s.Key, StringComparer.Ordinal).First().Key,
                g.Select(t => t.Page).DistinctBy(p => p.Path.Value).OrderBy(p => p.Title, comparer).ToArray()))
            .OrderBy(g => g.Name, comparer)
            .ToArray();
    }
}
