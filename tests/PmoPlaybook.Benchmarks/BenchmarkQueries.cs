namespace PmoPlaybook.Benchmarks;

/// <summary>
/// What readers type, against the vocabulary of the synthetic corpus (gen_corpus.py --pmo). Written as the
/// API receives them: /api/search trims q, so the last word is always also matched as a prefix.
/// </summary>
public static class BenchmarkQueries
{
    public static IReadOnlyList<(string Kind, string Query)> All { get; } =
    [
        ("one word", "cache"),
        ("two words", "deploy pipeline"),
        ("phrase", "\"incremental build\""),
        ("typo (fuzzy)", "renderr"),
        ("prefix while typing", "configur"),
        ("two-letter prefix", "co"),
        ("excluded word", "token -parser"),
        ("question", "how do we roll back a deployment"),
    ];

    public static IEnumerable<string> Texts => All.Select(q => q.Query);

    /// <summary>Where the index is: PMO_BENCH_INDEX, else the search-bench.sh default.</summary>
    public static string IndexDirectory =>
        Environment.GetEnvironmentVariable("PMO_BENCH_INDEX") is { Length: > 0 } directory ? directory : "/tmp/pmo-search-bench/artifacts/index";
}
