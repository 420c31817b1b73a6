using System.Diagnostics;
using PmoPlaybook.Content.History;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator.Assessments;
using PmoPlaybook.Generator.Assets;
using PmoPlaybook.Generator.Changes;
using PmoPlaybook.Generator.Downloads;
using PmoPlaybook.Generator.Health;
using PmoPlaybook.Generator.I18n;
using PmoPlaybook.Generator.LanguageRoot;
using PmoPlaybook.Generator.NotFound;
using PmoPlaybook.Generator.Pages;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Redirects;
using PmoPlaybook.Generator.Search;
using PmoPlaybook.Generator.Sitemap;
using PmoPlaybook.Generator.Tags;
using PmoPlaybook.Theme;

namespace PmoPlaybook.Generator;

/// <summary>A finished build: its report, and the state an incremental rebuild continues from.</summary>
public sealed record BuildResult(BuildReport Report, ContentSnapshot Snapshot, ThemeAssets? Assets, string ThemeDirectory);

/// <summary>
/// content/ → checked site model → every feature's steps → artifacts/site, as a loop over the phases in
/// <see cref="BuildPhase"/> order. The output is built in staging folders next to the targets and swapped in
/// only when complete, so a failed or interrupted build leaves the previous site as it was.
/// </summary>
public sealed class SiteGenerator(BuildFeatures features)
{
    /// <summary>Every feature of the site, one line each: adding a feature is a folder and a line here.</summary>
    public static BuildFeatures DefaultFeatures { get; } = new(
    [
        new PagesFeature(),
        new ContentFilesFeature(),
        new SitemapFeature(),
        new NotFoundFeature(),
        new LanguageRootFeature(),
        new SearchFeature(),
        new DownloadsFeature(),
        new RedirectsFeature(),
        new ChangesFeature(),
        new ContentHealthFeature(),
        new AssessmentsFeature(),
        new UiTextFeature(),
        new TagsFeature(),
    ]);

    public static SiteGenerator Default { get; } = new(DefaultFeatures);

    public BuildFeatures Features => features;

    public async Task<BuildResult> BuildAsync(BuildOptions options, IBuildLog log, CancellationToken cancellationToken = default)
    {
        var build = new FullBuild(features, options, log);
        try
        {
            var phases = new List<(BuildPhase, TimeSpan)>();
            foreach (var phase in Enum.GetValues<BuildPhase>())
            {
                var started = build.Clock.Elapsed;
                var goOn = await build.RunAsync(phase, cancellationToken);
                phases.Add((phase, build.Clock.Elapsed - started));
                if (!goOn)
                {
                    break;
                }
            }
            return build.Result(phases);
        }
        catch
        {
            build.DeleteStaging();
            throw;
        }
    }

    /// <summary>One build's state as it passes through the phases.</summary>
    private sealed class FullBuild(BuildFeatures features, BuildOptions options, IBuildLog log)
    {
        private readonly string _output = Path.GetFullPath(options.OutputDirectory);
        private ContentSnapshot _snapshot = null!;
        private IReadOnlyList<Diagnostic> _diagnostics = [];
        private string _themeDirectory = "";
        private (string Site, string Index)? _staging;
        private BuildContext? _context;

        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        /// <returns>Whether the next phase runs.</returns>
        public Task<bool> RunAsync(BuildPhase phase, CancellationToken cancellationToken) => phase switch
        {
            BuildPhase.Load => LoadAsync(cancellationToken),
            BuildPhase.Check => Task.FromResult(Check()),
            BuildPhase.Render or BuildPhase.PostProcess => StepsAsync(phase, cancellationToken),
            BuildPhase.Swap => Task.FromResult(Swap()),
            _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
        };

        public BuildResult Result(IReadOnlyList<(BuildPhase, TimeSpan)> phases)
        {
            var pagesByLanguage = _snapshot.Site.Config.Languages.ToDictionary(l => l.Code, l => _snapshot.Site.InLanguage(l.Code).Count(p => !p.IsSynthetic));
            var report = new BuildReport(pagesByLanguage, Clock.Elapsed, _diagnostics, Published: phases[^1].Item1 == BuildPhase.Swap) { Phases = phases };
            return new BuildResult(report, _snapshot, _context?.Assets, _themeDirectory);
        }

        public void DeleteStaging()
        {
            if (_staging is var (site, index))
            {
                StagingFolder.DeleteIfExists(site);
                StagingFolder.DeleteIfExists(index);
            }
        }

        private async Task<bool> LoadAsync(CancellationToken cancellationToken)
        {
            // One git log for the whole tree, running while the pages are parsed.
            var history = GitHistoryReader.ReadAsync(options.ContentDirectory, cancellationToken);
            _snapshot = features.Load(options.ContentDirectory, options.BaseUrl);
            log.Progress($"Read {_snapshot.Site.Pages.Count} pages in {Clock.Elapsed.TotalSeconds:0.00} s");
            _snapshot = _snapshot with { History = await history };
            log.Progress(_snapshot.History.Note);
            _themeDirectory = ThemeAssetPublisher.Locate(options.ThemeDirectory, options.ContentDirectory);
            return true;
        }

        private bool Check()
        {
            _diagnostics = features.Checks(options.ClockOrSystem).Run(_snapshot);
            log.Progress($"Checked: {_diagnostics.Count(d => d.IsError)} error(s), {_diagnostics.Count(d => !d.IsError)} warning(s)");
            return options.PublishWithErrors || !_diagnostics.Any(d => d.IsError);
        }

        private async Task<bool> StepsAsync(BuildPhase phase, CancellationToken cancellationToken)
        {
            _context ??= Prepare();
            await features.RunAsync(phase, _context, cancellationToken);
            return true;
        }

        /// <summary>Empty staging folders, with the theme's assets in place (every page links their hashed URLs).</summary>
        private BuildContext Prepare()
        {
            var (site, index) = (StagingFolder.For(_output), StagingFolder.For(options.IndexDirectory));
            _staging = (site, index);
            Directory.CreateDirectory(site);
            Directory.CreateDirectory(index);
            var assets = ThemeAssetPublisher.Publish(_themeDirectory, _snapshot.ContentDirectory, site, _snapshot.Site.Config);
            return new BuildContext(_snapshot, site, index, assets, log, options.StaticSearch, options.ClockOrSystem);
        }

        private bool Swap()
        {
            var (site, index) = _staging!.Value;
            StagingFolder.Swap(index, options.IndexDirectory);
            StagingFolder.Swap(site, _output);
            return true;
        }
    }
}
