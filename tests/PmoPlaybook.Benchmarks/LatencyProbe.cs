using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Lucene.Net.Index;
using Lucene.Net.Store;
using PmoPlaybook.Search.Analysis;
using PmoPlaybook.Search.Querying;

namespace PmoPlaybook.Benchmarks;

/// <summary>
/// `latency INDEX [--seconds S] [--store app|mmap|nio|simple]`: the per-call latency distribution BenchmarkDotNet does not give (its
/// percentiles are over iteration means). Each query alone on one thread, then all of them in rotation on
/// one thread and on as many threads as there are cores (the server's situation, without HTTP). Each row
/// also shows the share of its wall time the GC had the process paused and the lock contentions per call,
/// and how many cores the process kept busy, so a lack of scaling across threads can be told apart from
/// plain CPU work or from other processes taking the cores.
/// </summary>
public static class LatencyProbe
{
    private const int WarmupCalls = 200;
    private const double WarmupSeconds = 3;

    /// <param name="store">app: SearchIndex, as /api/search uses it (NIOFSDirectory), with its response cache
    /// off so every call is a real search; mmap, nio or simple: a PlaybookSearcher over that Lucene directory.</param>
    public static int Run(string indexDirectory, double seconds, string store)
    {
        using var analyzers = new LanguageAnalyzers();
        using var index = new SearchIndex(indexDirectory, cacheEntries: 0);
        if (!index.IsAvailable)
        {
            Console.Error.WriteLine($"no search index at {index.Directory}");
            return 1;
        }
        using var directory = store switch
        {
            "app" => null,
            "mmap" => new MMapDirectory(index.Directory),
            "nio" => new NIOFSDirectory(index.Directory),
            "simple" => (Lucene.Net.Store.Directory)new SimpleFSDirectory(index.Directory),
            _ => throw new ArgumentException($"unknown --store '{store}': use app, mmap, nio or simple"),
        };
        using var reader = directory is null ? null : DirectoryReader.Open(directory);
        Func<SearchRequest, SearchResponse?> search = reader is null ? index.Search : new PlaybookSearcher(reader, analyzers).Search;
        var gc = GCSettings.IsServerGC ? "server" : "workstation";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index: {index.Directory} ({store}); {Environment.ProcessorCount} cores; {seconds:0.#} s per row; GC: {gc}"));
        Console.WriteLine();
        Console.WriteLine("| query | kind | pages in top 400 | calls | mean ms | p50 ms | p95 ms | p99 ms | max ms | allocated KB/call | GC pause % | lock contentions/call | CPU cores used |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (kind, query) in BenchmarkQueries.All)
        {
            var request = new SearchRequest(query, Limit: 10);
            var total = search(request)!.Total;
            Warm(search, [request]);
            var run = Measure(() => [Calls(search, [request], seconds)]);
            Row($"`{query.Replace("|", "\\|", StringComparison.Ordinal)}`", kind, total.ToString(CultureInfo.InvariantCulture), run);
        }

        var mix = BenchmarkQueries.Texts.Select(q => new SearchRequest(q, Limit: 10)).ToArray();
        Warm(search, mix);
        Row("all of the above in rotation", "mix, 1 thread", "", Measure(() => [Calls(search, mix, seconds)]));

        // Every thread measures for the same wall time, so calls / time is the throughput.
        var threads = Environment.ProcessorCount;
        var parallel = Measure(() =>
        {
            var perThread = new List<double>[threads];
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t => perThread[t] = Calls(search, mix, seconds, start: t));
            return perThread;
        });
        Row("all of the above in rotation", $"mix, {threads} threads", "", parallel);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in-process throughput, {threads} threads, mix: {parallel.Samples.Count / parallel.Seconds:0} searches/s ({parallel.Samples.Count} in {parallel.Seconds:0.0} s; GC: {gc})"));
        return 0;
    }

    private sealed record Measured(List<double> Samples, double Seconds, double AllocatedKbPerCall, double GcPausePercent, double ContentionsPerCall, double CoresUsed);

    private static void Warm(Func<SearchRequest, SearchResponse?> search, SearchRequest[] requests)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < WarmupCalls && warming.Elapsed.TotalSeconds < WarmupSeconds; i++)
        {
            search(requests[i % requests.Length]);
        }
    }

    private static Measured Measure(Func<IEnumerable<List<double>>> calls)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var paused = GC.GetTotalPauseDuration();
        var contentions = Monitor.LockContentionCount;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var samples = calls().SelectMany(s => s).ToList();
        var seconds = clock.Elapsed.TotalSeconds;
        return new Measured(
            samples,
            seconds,
            (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1024.0 / samples.Count,
            (GC.GetTotalPauseDuration() - paused).TotalSeconds / seconds * 100,
            (double)(Monitor.LockContentionCount - contentions) / samples.Count,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / seconds);
    }

    private static List<double> Calls(Func<SearchRequest, SearchResponse?> search, SearchRequest[] requests, double seconds, int start = 0)
    {
        var samples = new List<double>(100_000);
        var deadline = Stopwatch.StartNew();
        var n = start;
        while (deadline.Elapsed.TotalSeconds < seconds)
        {
            var begin = Stopwatch.GetTimestamp();
            search(requests[n++ % requests.Length]);
            samples.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
        }
        return samples;
    }

    private static void Row(string query, string kind, string hits, Measured run)
    {
        var samples = run.Samples;
        samples.Sort();
        double P(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {query} | {kind} | {hits} | {samples.Count} | {samples.Average():0.000} | {P(50):0.000} | {P(95):0.000} | {P(99):0.000} | {samples[^1]:0.000} | {run.AllocatedKbPerCall:0} | {run.GcPausePercent:0.0} | {run.ContentionsPerCall:0.00} | {run.CoresUsed:0.00} |"));
    }
}
