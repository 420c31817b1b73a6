using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Cli.Output;

/// <summary>The lines a build ends with, shared by `build` and `serve`.</summary>
public static class BuildSummary
{
    private const int WarningsShown = 20;

    public static string Line(BuildReport report, string verb = "Built") =>
        $"{verb} {report.PageCount} pages ({string.Join(", ", report.PagesByLanguage.Select(l => $"{l.Key} {l.Value}"))}) in {report.Elapsed.TotalSeconds:0.00} s";

    /// <summary>Every error, and the first warnings; `pmo check` lists them all.</summary>
    public static void PrintDiagnostics(IReadOnlyList<Diagnostic> diagnostics, DiagnosticPrinter printer, TextWriter output)
    {
        foreach (var error in diagnostics.Where(d => d.IsError))
        {
            output.WriteLine(printer.Text(error));
        }
        var warnings = diagnostics.Where(d => !d.IsError).ToArray();
        foreach (var warning in warnings.Take(WarningsShown))
        {
            output.WriteLine(printer.Text(warning));
        }
        if (warnings.Length > WarningsShown)
        {
            output.WriteLine($"… and {warnings.Length - WarningsShown} more warnings (`pmo check` lists them all)");
        }
    }
}
