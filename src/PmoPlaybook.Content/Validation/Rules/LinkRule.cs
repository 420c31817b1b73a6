using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Validation.Rules;

/// <summary>Every relative link must reach a page, heading or file that exists.</summary>
public sealed class LinkRule : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot)
    {
        var site = snapshot.Site;
        // Stand-in translations repeat their original's links; the original reports them.
        foreach (var page in site.Pages.Where(p => p.FallbackFor is null))
        {
            foreach (var link in page.Links)
            {
                var problem = link.Target switch
                {
                    LinkTarget.SamePage same => MissingAnchor(page, same.Anchor),
                    LinkTarget.Page target when !snapshot.Files.Contains(target.ContentPath) && site.Find(target.ContentPath) is null =>
                        (DiagnosticCodes.BrokenLink, $"broken link '{link.Written}': {target.ContentPath} does not exist"),
                    LinkTarget.Page { Anchor: { } anchor } target when site.Find(target.ContentPath) is { } other =>
                        MissingAnchor(other, anchor),
                    LinkTarget.File file when !snapshot.Files.Contains(file.ContentPath) =>
                        (DiagnosticCodes.MissingFile, $"{(link.IsImage ? "image" : "file")} '{link.Written}' not found: {file.ContentPath} does not exist"),
                    LinkTarget.OutsideContent =>
                        (DiagnosticCodes.LinkOutsideContent, $"link '{link.Written}' points outside the content folder"),
                    _ => ((string, string)?)null,
                };
                if (problem is var (code, message))
                {
                    yield return Diagnostic.Error(page.Path.Value, link.Line, link.Column, code, message);
                }
            }
        }
    }

    private static (string, string)? MissingAnchor(Page target, string anchor) =>
        target.Headings.Any(h => h.Id == anchor)
            ? null
            : (DiagnosticCodes.BrokenAnchor, $"'{target.Path.Value}' has no heading with anchor '#{anchor}'" + Suggest(target, anchor));

    private static string Suggest(Page target, string anchor)
    {
        var close = target.Headings
            .Select(h => h.Id)
            .OrderBy(id => Distance(id, anchor))
            .FirstOrDefault();
        return close is not null && Distance(close, anchor) <= Math.Max(2, anchor.Length / 3) ? $" (did you mean '#{close}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
