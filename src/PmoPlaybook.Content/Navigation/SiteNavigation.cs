using System.Globalization;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Navigation;

/// <summary>
/// The navigation of one language: the tree from its home page down, breadcrumbs, and previous/next
/// within a section. Folders are sections; within a folder entries sort by `order`, then by title in
/// the language's own alphabet (Swedish puts Å, Ä, Ö after Z).
/// </summary>
public sealed class SiteNavigation
{
    private readonly Dictionary<string, NavItem> _sections;
    private readonly Dictionary<string, (Page? Previous, Page? Next)> _neighbours;

    private SiteNavigation(NavItem root, Dictionary<string, NavItem> sections)
    {
        Root = root;
        _sections = sections;
        _neighbours = new(StringComparer.Ordinal);
        foreach (var section in sections.Values)
        {
            var sequence = new List<Page>();
            if (section.Page is { } landing && section.Directory != root.Directory)
            {
                sequence.Add(landing);
            }
            sequence.AddRange(section.ChildPages);
            for (var i = 0; i < sequence.Count; i++)
            {
                _neighbours[sequence[i].Path.Value] = (i > 0 ? sequence[i - 1] : null, i + 1 < sequence.Count ? sequence[i + 1] : null);
            }
        }
    }

    /// <summary>The language's home page, with the top-level sections and pages as children.</summary>
    public NavItem Root { get; }

    /// <summary>Top-level sections (folders) in order; the cards on the home page.</summary>
    public IEnumerable<NavItem> Sections => Root.Children.Where(c => c.IsSection);

    public NavItem? Section(string directory) => _sections.GetValueOrDefault(directory);

    /// <summary>The section a page belongs to: its own folder's, or for a landing page the folder it opens.</summary>
    public NavItem? SectionOf(Page page) => Section(page.Path.Directory);

    /// <summary>Home, then each enclosing section, not including the page itself.</summary>
    public IReadOnlyList<NavItem> Breadcrumbs(Page page)
    {
        var crumbs = new List<NavItem>();
        var parts = page.Path.Directory.Split('/');
        var limit = page.Path.IsIndex ? parts.Length - 1 : parts.Length;
        for (var i = 1; i <= limit; i++)
        {
            if (_sections.TryGetValue(string.Join('/', parts[..i]), out var section))
            {
                crumbs.Add(section);
            }
        }
        return crumbs;
    }

    public (Page? Previous, Page? Next) Neighbours(Page page) =>
        _neighbours.GetValueOrDefault(page.Path.Value);

    public static SiteNavigation Build(Site site, string language)
    {
        var culture = CultureInfo.GetCultureInfo(site.Config.FindLanguage(language)?.Culture ?? language);
        var comparer = StringComparer.Create(culture, ignoreCase: true);
        var pages = site.InLanguage(language).ToArray();
        var byDirectory = pages.ToLookup(p => p.Path.Directory, StringComparer.Ordinal);
        var directories = pages
            .SelectMany(p => LandingPages.Ancestors(p.Path.Directory))
            .ToHashSet(StringComparer.Ordinal);
        var sections = new Dictionary<string, NavItem>(StringComparer.Ordinal);

        NavItem BuildSection(string directory)
        {
            // Site adds a landing page to every folder that lacks one, so each section has its index.
            var index = byDirectory[directory].First(p => p.Path.IsIndex);
            var children = byDirectory[directory]
                .Where(p => !p.Path.IsIndex)
                .Select(p => (Order: p.Meta.Order, Item: new NavItem(p.Title, p.UrlPath, p.Meta.Summary, p, directory, [])))
                .Concat(directories
                    .Where(d => Parent(d) == directory)
                    .Select(d => BuildSection(d))
                    .Select(s => (Order: s.Page?.Meta.Order, Item: s)))
                .OrderBy(c => c.Order ?? int.MaxValue)
                .ThenBy(c => c.Item.Title, comparer)
                .Select(c => c.Item)
                .ToArray();
            var section = new NavItem(index.Title, index.UrlPath, index.Meta.Summary, index, directory, children);
            sections[directory] = section;
            return section;
        }

        return new SiteNavigation(BuildSection(language), sections);
    }

    private static string? Parent(string directory)
    {
        var slash = directory.LastIndexOf('/');
        return slash < 0 ? null : directory[..slash];
    }
}
