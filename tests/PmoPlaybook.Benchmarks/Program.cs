using System.Globalization;
using BenchmarkDotNet.Running;
using PmoPlaybook.Benchmarks;

// Search benchmarks (see docs/benchmarks-search.md and tests/bench/search-bench.sh):
//   index CONTENT [--runs 3]             time SearchIndexBuilder.Build alone (median of N)
//   build CONTENT OUTPUT [--no-index]    one full build, with or without the Lucene index step
//   latency INDEX [--seconds 5] [--store app|mmap|nio|simple]
//                                        per-call latency percentiles and in-process throughput
//   anything else                        BenchmarkDotNet (e.g. --filter '*'); the index is PMO_BENCH_INDEX
string? Option(string name, string? fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

return args switch
{
    ["index", var content, ..] => IndexTiming.Run(content, int.Parse(Option("--runs", "3")!, CultureInfo.InvariantCulture)),
    ["build", var content, var output, ..] => await BuildTiming.Run(content, output, withIndex: !args.Contains("--no-index")),
    ["latency", var index, ..] => LatencyProbe.Run(index, double.Parse(Option("--seconds", "5")!, CultureInfo.InvariantCulture), Option("--store", "app")!),
    _ => BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args).Any(s => s.HasCriticalValidationErrors) ? 1 : 0,
};
