using System.Diagnostics;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator.Assets;
using PmoPlaybook.Generator.Changes;
using PmoPlaybook.Generator.Health;
using PmoPlaybook.Generator.NotFound;
using PmoPlaybook.Generator.Pages;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Sitemap;
using PmoPlaybook.Theme;

namespace PmoPlaybook.Generator.Incremental;

/// <summary>What one rebuild in serve did.</summary>
public sealed record RebuildReport(int PagesRendered, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics, bool Full);

/// <summary>
/// Keeps the site model of a running `serve` and rebuilds only what a change touches: an edit to a page's
/// body re-renders that page; a change other pages show (title, order, summary, a page added or removed)
/// re-renders that language's pages, its translations, the sitemap, the 404 page and "What changed".
/// "Content health" (owners, review dates) is re-rendered on every change: it is two small pages.
/// site.yml or theme changes rebuild everything. Git history is read by full builds only: an edit keeps
/// the history of the last full build (an uncommitted edit has no commit to show anyway).
/// Not thread-safe: the watcher calls it from one loop.
/// </summary>
public sealed class IncrementalBuilder
{
    private readonly BuildOptions _options;
    private readonly IBuildLog _log;
    private ContentSnapshot _snapshot;
    private ThemeAssets _assets;

    private IncrementalBuilder(BuildOptions options, IBuildLog log, BuildResult result)
    {
        _options = options;
        _log = log;
        _snapshot = result.Snapshot;
        _assets = result.Assets!;
        Diagnostics = result.Report.Diagnostics;
        ThemeDirectory = result.ThemeDirectory;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; }

    public string ThemeDirectory { get; }

    public Site Site => _snapshot.Site;

    public static async Task<(IncrementalBuilder Builder, BuildReport Report)> StartAsync(BuildOptions options, IBuildLog log, CancellationToken cancellationToken = default)
    {
        options = options with { PublishWithErrors = true };
        var result = await SiteGenerator.Default.BuildAsync(options, log, cancellationToken);
        return (new IncrementalBuilder(options, log, result), result.Report);
    }

    /// <param name="changedContentPaths">Content-relative paths that were created, changed or deleted.</param>
    /// <param name="themeChanged">Whether a theme asset changed (its hash is in every page).</param>
    public async Task<RebuildReport> ApplyAsync(IReadOnlyCollection<string> changedContentPaths, bool themeChanged, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var root = _snapshot.ContentDirectory;
        if (themeChanged || changedContentPaths.Any(p => p == SiteConfigReader.FileName || Directory.Exists(Path.Combine(root, p)) || SiteChecks.PageSources.Any(s => s.Reads(p))))
        {
            return await FullRebuildAsync(clock, cancellationToken);
        }

        var site = _snapshot.Site;
        var config = site.Config;
        var files = new HashSet<string>(_snapshot.Files, StringComparer.Ordinal);
        var changedPages = new List<Page>();
        var removed = new List<string>();
        var loadDiagnostics = _snapshot.LoadDiagnostics.Where(d => !changedContentPaths.Contains(d.Path)).ToList();

        foreach (var path in changedContentPaths)
        {
            var exists = File.Exists(Path.Combine(root, path));
            if (exists)
            {
                files.Add(path);
            }
            else
            {
                files.Remove(path);
            }

            if (!IsPage(path, config))
            {
                if (ContentFilesStep.IsPublished(path))
                {
                    PublishFile(root, path, exists);
                }
                continue;
            }
            if (!exists)
            {
                removed.Add(path);
                continue;
            }
            var result = ContentLoader.LoadPage(root, config, ContentPath.Parse(path));
            loadDiagnostics.AddRange(result.Diagnostics);
            if (result.Page is not null)
            {
                changedPages.Add(result.Page);
            }
        }

        var structural = removed.Count > 0 || changedPages.Any(p => site.Find(p.Path.Value) is not { } old || !old.SharesNavigationWith(p));
        var newSite = site.With(changedPages, removed);
        _snapshot = _snapshot with { Site = newSite, Files = files, LoadDiagnostics = loadDiagnostics };
        Diagnostics = SiteChecks.For(_options.ClockOrSystem).Run(_snapshot);

        foreach (var path in removed)
        {
            DeleteOutput(ContentPath.Parse(path));
        }

        var context = new BuildContext(_snapshot, _options.OutputDirectory, _options.IndexDirectory, _assets, _log, clock: _options.ClockOrSystem);
        // A stand-in translation shows its original's text, so it changes with it.
        var changedPaths = changedPages.Select(p => p.Path.Value).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<Page> toRender = [.. changedPages, .. newSite.Pages.Where(p => p.FallbackFor is { } original && changedPaths.Contains(original.Path.Value))];
        if (structural)
        {
            toRender = Affected(site, newSite, changedPages.Select(p => p.Path).Concat(removed.Select(ContentPath.Parse)));
            await new SitemapStep().RunAsync(context, cancellationToken);
            await new NotFoundStep().RunAsync(context, cancellationToken);
            await new ChangesStep().RunAsync(context, cancellationToken);
        }
        await new ContentHealthStep().RunAsync(context, cancellationToken);
        await PagesStep.RenderAsync(context, toRender, cancellationToken);
        return new RebuildReport(toRender.Count, clock.Elapsed, Diagnostics, Full: false);
    }

    /// <summary>
    /// The pages that show something a change touched. Another page's sidebar lists the sections and, opened,
    /// only its own folder; so a page's title or order matters to its folder (siblings, landing page,
    /// previous/next), while a section's landing page, a page at the language root, or a folder that
    /// appears or disappears matters to the whole language. Translations and stand-ins of a touched page
    /// follow it, since their language switcher or their text changes with it.
    /// </summary>
    private static Page[] Affected(Site before, Site after, IEnumerable<ContentPath> touched)
    {
        var paths = touched.ToList();
        var keys = paths.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        // Stand-ins mirror their original, in their own language's navigation.
        paths.AddRange(before.Pages.Concat(after.Pages).Where(p => p.FallbackFor is not null && keys.Contains(p.Path.Key)).Select(p => p.Path));

        var wholeLanguages = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var sectionChanged = before.Navigation(path.Language).Section(path.Directory) is null || after.Navigation(path.Language).Section(path.Directory) is null;
            if (path.IsIndex || path.Directory == path.Language || sectionChanged)
            {
                wholeLanguages.Add(path.Language);
            }
            else
            {
                folders.Add(path.Directory);
            }
        }
        return after.Pages
            .Where(p => wholeLanguages.Contains(p.Language) || folders.Contains(p.Path.Directory) || keys.Contains(p.Path.Key))
            .ToArray();
    }

    private async Task<RebuildReport> FullRebuildAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        var result = await SiteGenerator.Default.BuildAsync(_options, _log, cancellationToken);
        _snapshot = result.Snapshot;
        _assets = result.Assets ?? _assets;
        Diagnostics = result.Report.Diagnostics;
        return new RebuildReport(result.Report.PageCount, clock.Elapsed, Diagnostics, Full: true);
    }

    private static bool IsPage(string path, SiteConfig config) =>
        path.EndsWith(".md", StringComparison.Ordinal) && path.Contains('/') && config.FindLanguage(path[..path.IndexOf('/')]) is not null;

    private void PublishFile(string root, string path, bool exists)
    {
        if (exists)
        {
            ContentFilesStep.Copy(root, _options.OutputDirectory, path);
        }
        else if (File.Exists(Path.Combine(_options.OutputDirectory, path)))
        {
            File.Delete(Path.Combine(_options.OutputDirectory, path));
        }
    }

    private void DeleteOutput(ContentPath path)
    {
        var file = Path.Combine(_options.OutputDirectory, path.OutputFile);
        var folder = Path.GetDirectoryName(file)!;
        if (!Directory.Exists(folder))
        {
            return; // The page never rendered (it was broken from the start).
        }
        File.Delete(file);
        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}
