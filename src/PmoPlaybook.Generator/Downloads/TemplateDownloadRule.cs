using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Generator.Downloads;

/// <summary>
/// A template whose files cannot be generated (a register without a table, a formula naming a column the
/// table lacks) fails `pmo check`, so the pull request is stopped before the build would be.
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
        }
    }
}
