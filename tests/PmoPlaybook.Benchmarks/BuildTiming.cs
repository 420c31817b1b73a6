using System.Diagnostics;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Search;

namespace PmoPlaybook.Benchmarks;

/// <summary>
/// `build CONTENT OUTPUT [--no-index]`: one full build with the generator's default features, or the same
/// less the Lucene index step, so the script can time both under /usr/bin/time and report what indexing
/// adds when it runs beside the other steps (as it does in `pmo build`). Pagefind is left out of both
/// (`pmo build --no-static-search`).
/// </summary>
public static class BuildTiming
{
    public static async Task<int> Run(string contentDirectory, string outputDirectory, bool withIndex)
    {
        var features = withIndex ? SiteGenerator.DefaultFeatures : SiteGenerator.DefaultFeatures.Without<SearchIndexStep>();
        var clock = Stopwatch.StartNew();
        var result = await new SiteGenerator(features).BuildAsync(new BuildOptions(contentDirectory, outputDirectory, StaticSearch: false), new ConsoleLog());
        Console.WriteLine($"build ({(withIndex ? "with" : "without")} the Lucene index, {features.Steps.Count} steps): published={result.Report.Published} in {clock.Elapsed.TotalSeconds:0.00} s; " +
            $"GCs gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.00} s, allocated {GC.GetTotalAllocatedBytes() / 1048576} MB");
        Console.WriteLine("  phases: " + string.Join(", ", result.Report.Phases.Select(p => $"{p.Phase} {p.Elapsed.TotalSeconds:0.00} s")));
        return result.Report.Published ? 0 : 1;
    }

    private sealed class ConsoleLog : IBuildLog
    {
        public void Progress(string message)
        {
            if (!message.StartsWith("Rendered", StringComparison.Ordinal))
            {
                Console.WriteLine("  " + message);
            }
        }
    }
}
