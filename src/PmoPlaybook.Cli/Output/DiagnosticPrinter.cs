using System.Text.Json;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Cli.Output;

/// <summary>Prints diagnostics with paths relative to the working directory, so editors and CI can jump to them.</summary>
public sealed class DiagnosticPrinter(string contentDirectory)
{
    public string DisplayPath(Diagnostic diagnostic) =>
        Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(Path.GetFullPath(contentDirectory), diagnostic.Path)).Replace('\\', '/');

    /// <summary><c>path:line:col: error CODE: message</c></summary>
    public string Text(Diagnostic d) => (d with { Path = DisplayPath(d) }).ToString();

    /// <summary>A GitHub Actions workflow command, which GitHub shows as an annotation on the changed line.</summary>
    public string GitHub(Diagnostic d) =>
        $"::{(d.IsError ? "error" : "warning")} file={Escape(DisplayPath(d), property: true)},line={d.Line},col={d.Column},title={d.Code}::{Escape(d.Message, property: false)}";

    public string Json(IEnumerable<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(
            diagnostics.Select(d => new
            {
                path = DisplayPath(d),
                line = d.Line,
                column = d.Column,
                severity = d.IsError ? "error" : "warning",
                code = d.Code,
                message = d.Message,
            }),
            new JsonSerializerOptions { WriteIndented = true });

    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
    }
}
