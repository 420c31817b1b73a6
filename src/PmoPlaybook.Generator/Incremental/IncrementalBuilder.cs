using System.Diagnostics;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator.Assets;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Theme;

namespace PmoPlaybook.Generator.Incremental;

/// <summary>What one rebuild in serve did.</summary>
public sealed record RebuildReport(int PagesRendered, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics, bool Full);

/// <summary>
/// Keeps the site model of a running `serve` and rebuilds only what a change touches, through the same
/// phases as a full build: load reads the changed files again, check runs every rule, and render runs the
/// steps whose <see cref="IBuildStep.IsAffectedBy"/> says the change concerns them, writing in place (each
/// step redoes only its part, see <see cref="SiteChange"/>). site.yml, the theme, a page source's files (assessment
/// definitions) or a folder rebuild everything. Git history is read by full builds only: an edit keeps the
/// history of the last full build (an uncommitted edit has no commit to show anyway).
/// Not thread-safe: the watcher calls it from one loop.
/// </summary>
public sealed class IncrementalBuilder
{
    private readonly SiteGenerator _generator;
    private readonly BuildOptions _options;
    private readonly IBuildLog _log;
    private ContentSnapshot _snapshot;
    private ThemeAssets _assets;

    private IncrementalBuilder(SiteGenerator generator, BuildOptions options, IBuildLog log, BuildResult result)
    {
        _generator = generator;
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

    public static Task<(IncrementalBuilder Builder, BuildReport Report)> StartAsync(BuildOptions options, IBuildLog log, CancellationToken cancellationToken = default) =>
        StartAsync(SiteGenerator.Default, options, log, cancellationToken);

    public static async Task<(IncrementalBuilder Builder, BuildReport Report)> StartAsync(SiteGenerator generator, BuildOptions options, IBuildLog log, CancellationToken cancellationToken = default)
    {
        options = options with { PublishWithErrors = true };
        var result = await generator.BuildAsync(options, log, cancellationToken);
        return (new IncrementalBuilder(generator, options, log, result), result.Report);
    }

    /// <param name="changedContentPaths">Content-relative paths that were created, changed or deleted.</param>
    /// <param name="themeChanged">Whether a theme asset changed (its hash is in every page).</param>
    public async Task<RebuildReport> ApplyAsync(IReadOnlyCollection<string> changedContentPaths, bool themeChanged, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (themeChanged || changedContentPaths.Any(NeedsFullBuild))
        {
            return await FullRebuildAsync(clock, cancellationToken);
        }

        var change = Load(changedContentPaths);
        Diagnostics = _generator.Features.Checks(_options.ClockOrSystem).Run(_snapshot);
        var context = new BuildContext(_snapshot, _options.OutputDirectory, _options.IndexDirectory, _assets, _log, clock: _options.ClockOrSystem, change: change);
        await _generator.Features.RunAsync(BuildPhase.Render, context, cancellationToken);
        await _generator.Features.RunAsync(BuildPhase.PostProcess, context, cancellationToken);
        return new RebuildReport(context.PagesRendered, clock.Elapsed, Diagnostics, Full: false);
    }

    /// <summary>Files every page depends on: settings, the custom stylesheet (its hash is in every page), what page sources read, folders.</summary>
    private bool NeedsFullBuild(string path) =>
        path is SiteConfigReader.FileName or ThemeAssetPublisher.CustomStylesheet
        || _generator.Features.IsPageSourceFile(path)
        || Directory.Exists(Path.Combine(_snapshot.ContentDirectory, path));

    /// <summary>The load phase for changed files: pages read again or gone, other files noted; the new snapshot kept.</summary>
    private SiteChange Load(IReadOnlyCollection<string> changedContentPaths)
    {
        var root = _snapshot.ContentDirectory;
        var site = _snapshot.Site;
        var files = new HashSet<string>(_snapshot.Files, StringComparer.Ordinal);
        var changedPages = new List<Page>();
        var removed = new List<string>();
        var otherFiles = new List<string>();
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

            if (!IsPage(path, site.Config))
            {
                otherFiles.Add(path);
            }
            else if (!exists)
            {
                removed.Add(path);
            }
            else
            {
                var result = ContentLoader.LoadPage(root, site.Config, ContentPath.Parse(path));
                loadDiagnostics.AddRange(result.Diagnostics);
                if (result.Page is not null)
                {
                    changedPages.Add(result.Page);
                }
            }
        }

        var newSite = site.With(changedPages, removed);
        _snapshot = _snapshot with { Site = newSite, Files = files, LoadDiagnostics = loadDiagnostics };
        return new SiteChange(site, newSite, changedPages, removed.Select(site.Find).OfType<Page>().ToArray(), otherFiles);
    }

    private async Task<RebuildReport> FullRebuildAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        var result = await _generator.BuildAsync(_options, _log, cancellationToken);
        _snapshot = result.Snapshot;
        _assets = result.Assets ?? _assets;
        Diagnostics = result.Report.Diagnostics;
        return new RebuildReport(result.Report.PageCount, clock.Elapsed, Diagnostics, Full: true);
    }

    private static bool IsPage(string path, SiteConfig config) =>
        path.EndsWith(".md", StringComparison.Ordinal) && path.Contains('/') && config.FindLanguage(path[..path.IndexOf('/')]) is not null;
}
