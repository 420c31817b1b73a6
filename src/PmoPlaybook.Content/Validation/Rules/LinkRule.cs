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
                    // A stand-in for a file that did not load has the original's headings: the file's own error comes first.
                    LinkTarget.Page { Anchor: { } anchor } target when site.Find(target.ContentPath) is { } other && !(other.FallbackFor is not null && snapshot.Files.Contains(target.ContentPath)) =>
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

    private static string Suggest(Page target, string anchor) =>
        Spelling.Closest(anchor, target.Headings.Select(h => h.Id)) is { } close ? $" (did you mean '#{close}'?)" : "";
}
