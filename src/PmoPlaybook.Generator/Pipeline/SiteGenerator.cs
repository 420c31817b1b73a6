using System.Diagnostics;
using PmoPlaybook.Content.History;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator.Assets;
using PmoPlaybook.Generator.Changes;
using PmoPlaybook.Generator.Downloads;
using PmoPlaybook.Generator.Health;
using PmoPlaybook.Generator.LanguageRoot;
using PmoPlaybook.Generator.NotFound;
using PmoPlaybook.Generator.Pages;
using PmoPlaybook.Generator.Redirects;
using PmoPlaybook.Generator.Search;
using PmoPlaybook.Generator.Sitemap;
using PmoPlaybook.Theme;

namespace PmoPlaybook.Generator.Pipeline;

/// <summary>A finished build: its report, and the state an incremental rebuild continues from.</summary>
public sealed record BuildResult(BuildReport Report, ContentSnapshot Snapshot, ThemeAssets? Assets, string ThemeDirectory);

/// <summary>
/// content/ → checked site model → every build step → artifacts/site. The output is built in a staging
/// folder next to the target and swapped in only when complete, so a failed or interrupted build leaves
/// the previous site as it was.
/// </summary>
public sealed class SiteGenerator(IReadOnlyList<IBuildStep> steps)
{
    public static IReadOnlyList<IBuildStep> DefaultSteps { get; } =
    [
        new PagesStep(),
        new ContentFilesStep(),
        new SitemapStep(),
        new NotFoundStep(),
        new LanguageRootStep(),
        new SearchIndexStep(),
        new SearchPageStep(),
        new DownloadsStep(),
        new RedirectsStep(),
        new ChangesStep(),
        new ContentHealthStep(),
        new StaticSearchStep(),
    ];

    public static SiteGenerator Default { get; } = new(DefaultSteps);

    public IReadOnlyList<IBuildStep> Steps => steps;

    public async Task<BuildResult> BuildAsync(BuildOptions options, IBuildLog log, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        // One git log for the whole tree, running while the pages are parsed.
        var history = GitHistoryReader.ReadAsync(options.ContentDirectory, cancellationToken);
        var snapshot = SiteChecks.Load(options.ContentDirectory, options.BaseUrl);
        log.Progress($"Read {snapshot.Site.Pages.Count} pages in {clock.Elapsed.TotalSeconds:0.00} s");
        snapshot = snapshot with { History = await history };
        log.Progress(snapshot.History.Note);
        var diagnostics = SiteChecks.For(options.ClockOrSystem).Run(snapshot);
        log.Progress($"Checked: {diagnostics.Count(d => d.IsError)} error(s), {diagnostics.Count(d => !d.IsError)} warning(s)");
        var pagesByLanguage = snapshot.Site.Config.Languages.ToDictionary(l => l.Code, l => snapshot.Site.InLanguage(l.Code).Count(p => !p.IsSynthetic));
        var themeDirectory = ThemeAssetPublisher.Locate(options.ThemeDirectory, options.ContentDirectory);

        if (diagnostics.Any(d => d.IsError) && !options.PublishWithErrors)
        {
            return new BuildResult(new BuildReport(pagesByLanguage, clock.Elapsed, diagnostics, Published: false), snapshot, null, themeDirectory);
        }

        var output = Path.GetFullPath(options.OutputDirectory);
        var staging = Staging(output);
        var indexStaging = Staging(options.IndexDirectory);
        try
        {
            Directory.CreateDirectory(staging);
            Directory.CreateDirectory(indexStaging);
            var assets = ThemeAssetPublisher.Publish(themeDirectory, snapshot.ContentDirectory, staging, snapshot.Site.Config);
            var context = new BuildContext(snapshot, staging, indexStaging, assets, log, options.StaticSearch, options.ClockOrSystem);
            foreach (var phase in Enum.GetValues<BuildPhase>())
            {
                await Task.WhenAll(steps.Where(s => s.Phase == phase).Select(step => Task.Run(() => step.RunAsync(context, cancellationToken), cancellationToken)));
            }
            Swap(indexStaging, options.IndexDirectory);
            Swap(staging, output);
            return new BuildResult(new BuildReport(pagesByLanguage, clock.Elapsed, diagnostics, Published: true), snapshot, assets, themeDirectory);
        }
        catch
        {
            DeleteIfExists(staging);
            DeleteIfExists(indexStaging);
            throw;
        }
    }

    /// <summary>A fresh, empty folder beside the target, named after this process so builds never share one.</summary>
    public static string Staging(string target)
    {
        var staging = $"{Path.GetFullPath(target)}.staging-{Environment.ProcessId}";
        DeleteIfExists(staging);
        return staging;
    }

    /// <summary>Replaces the output folder with the staging one; the old one is moved aside first, then removed.</summary>
    public static void Swap(string staging, string output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        var old = $"{output}.old-{Environment.ProcessId}-{Guid.NewGuid():N}";
        Directory.Move(output, old);
        Directory.Move(staging, output);
        DeleteIfExists(old);
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
