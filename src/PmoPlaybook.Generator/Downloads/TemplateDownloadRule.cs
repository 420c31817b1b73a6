using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Templates;
using PmoPlaybook.Templates.Registers;

namespace PmoPlaybook.Generator.Downloads;

/// <summary>
/// A template whose files cannot be generated (a register without a table, a formula naming a column the
/// table lacks) fails `pmo check`, so the pull request is stopped before the build would be; an example row that
/// shows another value than its column formula gives is a warning (PMO026).
/// </summary>
public sealed class TemplateDownloadRule : IContentRule
{
    // A register whose rules do not fit its table is already reported as PMO024 by the writers.
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

    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot)
    {
        foreach (var page in snapshot.Site.Pages.Where(p => p is { IsSynthetic: false, Meta.Template: not null }))
        {
            var source = TemplateDownloads.Source(snapshot.ContentDirectory, page);
            foreach (var format in page.Meta.Template!.Formats)
            {
                string? problem = null;
                try
                {
                    TemplateDownloads.Write(source, format, Stream.Null);
                }
                catch (ArgumentException e)
                {
                    problem = e.Message;
                }
                if (problem is not null)
                {
                    yield return Diagnostic.Error(page.Path.Value, 1, 1, DiagnosticCodes.InvalidTemplate, $"cannot generate the .{format} download: {problem}");
                }
            }
            foreach (var mismatch in Examples(source))
            {
                yield return Diagnostic.Warning(page.Path.Value, source.BodyLine + mismatch.Line - 1, 1, DiagnosticCodes.ExampleMismatch,
                    $"the example shows {mismatch.Shown} in column '{mismatch.Column}', but its formula gives {mismatch.Calculated}: correct the example (the Excel download recalculates it)");
            }
        }
    }
}
