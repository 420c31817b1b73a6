namespace PmoPlaybook.Content.Model;

/// <summary>
/// Every folder of pages is a section with a landing page at its URL. Where an editor has not written an
/// index.md, one is made (title from the folder name, the theme lists the section's pages), so no
/// breadcrumb or card ever points to nothing.
/// </summary>
public static class LandingPages
{
    public static IEnumerable<Page> AddMissing(SiteConfig config, IReadOnlyCollection<Page> pages)
    {
        var existing = pages.Select(p => p.Path.Value).ToHashSet(StringComparer.Ordinal);
        var folders = pages
            .SelectMany(p => Ancestors(p.Path.Directory))
            .Where(folder => !existing.Contains(folder + "/index.md"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return pages.Concat(folders.Select(folder => Generated(config, folder)));
    }

    private static Page Generated(SiteConfig config, string folder)
    {
        var name = folder[(folder.LastIndexOf('/') + 1)..];
        var title = folder.Contains('/') ? char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ') : config.Title;
        var meta = new FrontMatter(title, PageType.Page, "", [], null, null);
        return new Page(ContentPath.Parse(folder + "/index.md"), meta, "", [], [], 0, IsGenerated: true);
    }

    /// <summary>"en/a/b" → "en", "en/a", "en/a/b".</summary>
    public static IEnumerable<string> Ancestors(string directory)
    {
        var parts = directory.Split('/');
        for (var i = 1; i <= parts.Length; i++)
        {
            yield return string.Join('/', parts[..i]);
        }
    }
}
