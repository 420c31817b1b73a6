using System.Diagnostics;
using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Search;

/// <summary>
/// The search index for static deploys (Netlify without the app, a file share): Pagefind reads the
/// finished pages and writes /pagefind/, small chunks the browser loads on demand, so a query on a
/// large site transfers little and needs no server. Pagefind comes from npm (package.json); without
/// it the build still succeeds and says what static search is missing.
/// </summary>
public sealed class StaticSearchStep : IBuildStep
{
    public BuildPhase Phase => BuildPhase.PostProcess;

    /// <summary>Serve never writes it: the app answers searches.</summary>
    public bool IsAffectedBy(SiteChange change) => false;

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        if (!context.StaticSearch)
        {
            return;
        }
        var pagefind = Locate(context.Snapshot.ContentDirectory);
        if (pagefind is null)
        {
            context.Log.Progress("Static search skipped: Pagefind is not installed (run `npm install` in the repository); the app's search still works");
            return;
        }
        var start = new ProcessStartInfo(pagefind)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--site", context.OutputDirectory, "--output-subdir", "pagefind", "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {pagefind}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Pagefind failed ({process.ExitCode}): {await error}{await output}");
        }
        context.Log.Progress("Static search index written (Pagefind)");
    }

    /// <summary>PMO_PAGEFIND, else node_modules/.bin/pagefind in the repository that holds content/.</summary>
    public static string? Locate(string contentDirectory)
    {
        var configured = Environment.GetEnvironmentVariable("PMO_PAGEFIND");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }
        var local = Path.GetFullPath(Path.Combine(contentDirectory, "..", "node_modules", ".bin", "pagefind"));
        return File.Exists(local) ? local : null;
    }
}
