using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Theme;
using PmoPlaybook.Theme.Layout;

namespace PmoPlaybook.Generator.Pipeline;

/// <summary>What every build step works from: the content snapshot, where to write, and the theme's published assets.</summary>
/// <param name="change">What serve's edit changed; null in a full build, where every step writes everything.</param>
public sealed class BuildContext(ContentSnapshot snapshot, string outputDirectory, string indexDirectory, ThemeAssets assets, IBuildLog log, bool staticSearch = false, TimeProvider? clock = null, SiteChange? change = null)
{
    private int _pagesRendered;

    /// <summary>"Today", for what depends on the date (pages past review, pages unchanged for a year).</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>Whether this build writes the static search index (see <see cref="BuildOptions.StaticSearch"/>).</summary>
    public bool StaticSearch { get; } = staticSearch;

    public ContentSnapshot Snapshot { get; } = snapshot;

    public Site Site => Snapshot.Site;

    public string OutputDirectory { get; } = outputDirectory;

    /// <summary>Where the search index is written (a staging folder during a full build).</summary>
    public string IndexDirectory { get; } = indexDirectory;

    public ThemeAssets Assets { get; } = assets;

    public IBuildLog Log { get; } = log;

    /// <summary>What changed since the last build (serve), or null for a full build.</summary>
    public SiteChange? Change { get; } = change;

    /// <summary>How many content pages the steps rendered, for serve's report.</summary>
    public int PagesRendered => Volatile.Read(ref _pagesRendered);

    public void CountRendered(int pages) => Interlocked.Add(ref _pagesRendered, pages);

    /// <summary>
    /// The layout of a page the build makes itself in every language (search, what changed, content health):
    /// its language switcher points at the same page in each language.
    /// </summary>
    public LayoutModel GeneratedPageLayout(string language, string title, string? description, Func<string, string> urlPath, string bodyClass) =>
        new(Site.Config, language, title, description, urlPath(language),
            Site.Config.Languages.Select(l => new LanguageLink(l, urlPath(l.Code), true, l.Code == language)).ToArray(),
            Assets, Site.Navigation(language), null, bodyClass);
}
