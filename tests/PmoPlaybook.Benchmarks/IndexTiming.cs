using System.Diagnostics;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Search.Indexing;

namespace PmoPlaybook.Benchmarks;

/// <summary>
/// `index CONTENT [--runs N]`: loads the content once (ContentLoader.Load, as a build does), then times
/// SearchIndexBuilder.Build into a fresh temporary folder N times and prints each run and the median.
/// </summary>
public static class IndexTiming
{
    public static int Run(string contentDirectory, int runs)
    {
        var clock = Stopwatch.StartNew();
        var snapshot = ContentLoader.Load(contentDirectory);
        Console.WriteLine($"load: {snapshot.Site.Pages.Count} pages in {clock.Elapsed.TotalSeconds:0.00} s");

        var seconds = new List<double>();
        var documents = 0;
        long bytes = 0;
        for (var run = 1; run <= runs; run++)
        {
            var directory = Path.Combine(Path.GetTempPath(), $"pmo-index-bench-{Environment.ProcessId}-{run}");
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            clock.Restart();
            documents = SearchIndexBuilder.Build(snapshot.Site, directory);
            seconds.Add(clock.Elapsed.TotalSeconds);
            bytes = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Directory.Delete(directory, recursive: true);
            Console.WriteLine($"run {run}: indexed {documents} documents in {seconds[^1]:0.00} s ({bytes / 1048576.0:0.0} MiB)");
        }
        var median = seconds.Order().ElementAt(seconds.Count / 2);
        Console.WriteLine($"index-median-s: {median:0.00} (runs: {string.Join(" ", seconds.Select(s => s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}; documents: {documents}; size: {bytes / 1048576.0:0.0} MiB)");
        return 0;
    }
}
