namespace PmoPlaybook.Content.Model;

/// <summary>
/// Where a page exists in the default language but not in another, the other language gets a stand-in:
/// the original text at the translation's URL, shown with a notice. Navigation in every language then
/// lists every page, and the language switcher always leads somewhere.
/// </summary>
public static class FallbackPages
{
    public static IEnumerable<Page> AddMissing(SiteConfig config, IReadOnlyCollection<Page> pages)
    {
        var existing = pages.Select(p => p.Path.Value).ToHashSet(StringComparer.Ordinal);
        var defaultLanguage = config.DefaultLanguage.Code;
        var fallbacks =
            from original in pages
            where original.Language == defaultLanguage && !original.IsSynthetic
            from language in config.Languages.Skip(1)
            let path = original.Path.WithLanguage(language.Code)
            where !existing.Contains(path.Value)
            select original with { Path = path, FallbackFor = original };
        return pages.Concat(fallbacks.ToArray());
    }
}
