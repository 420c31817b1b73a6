using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Templates;
using PmoPlaybook.Templates.Registers;

namespace PmoPlaybook.Generator.Downloads;

/// <summary>
/// A template whose files cannot be generated (a register without a table, a formula naming a column the
/// table lacks or calling an unknown function) fails `pmo check` at the line of the column rule at fault, so the
/// pull request is stopped before the build would be; an example row that shows another value than its column
/// formula gives is a warning (PMO026).
/// </summary>
public sealed class TemplateDownloadRule : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot)
    {
        foreach (var page in snapshot.Site.Pages.Where(p => p is { IsSynthetic: false, Meta.Template: not null }))
        {
            var source = TemplateDownloads.Source(snapshot.ContentDirectory, page);
            foreach (var format in page.Meta.Template!.Formats)
            {
                if (Problem(source, format) is { } problem)
                {
                    yield return Diagnostic.Error(page.Path.Value, LineOf(page, problem), 1, DiagnosticCodes.InvalidTemplate,
                        $"cannot generate the .{format} download: {problem.Message}");
                }
            }
            foreach (var mismatch in Examples(source))
            {
                yield return Diagnostic.Warning(page.Path.Value, source.BodyLine + mismatch.Line - 1, 1, DiagnosticCodes.ExampleMismatch,
                    $"the example shows {mismatch.Shown} in column '{mismatch.Column}', but its formula gives {mismatch.Calculated}: correct the example (the Excel download recalculates it)");
            }
        }
    }

    private static ArgumentException? Problem(TemplateSource source, string format)
    {
        try
        {
            TemplateDownloads.Write(source, format, Stream.Null);
            return null;
        }
        catch (ArgumentException e)
        {
            return e;
        }
    }

    // The column rule's own line in the front matter; the top of the file for a problem with the page as a whole.
    private static int LineOf(Page page, ArgumentException problem) =>
        problem is InvalidTemplateException { Column: { } column }
            && page.Meta.Template?.Columns?.FirstOrDefault(c => string.Equals(c.Key.Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase)).Value is { } rule
            ? rule.Line
            : 1;

    // A register whose rules do not fit its table is already reported above as PMO024.
    private static IReadOnlyList<ExampleMismatch> Examples(TemplateSource source)
    {
        try
        {
            return ExampleCheck.Run(source);
        }
        catch (ArgumentException)
        {
            return [];
        }
    }
}
