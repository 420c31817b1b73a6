using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Generator.Pipeline;

/// <summary>What a build did: pages per language, how long it took, what is wrong, and whether the output was replaced.</summary>
public sealed record BuildReport(
    IReadOnlyDictionary<string, int> PagesByLanguage,
    TimeSpan Elapsed,
    IReadOnlyList<Diagnostic> Diagnostics,
    bool Published)
{
    public int PageCount => PagesByLanguage.Values.Sum();

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>How long each phase that ran took, in the order they ran (for the benchmarks).</summary>
    public IReadOnlyList<(BuildPhase Phase, TimeSpan Elapsed)> Phases { get; init; } = [];
}
