using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Navigation;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Generator.Tags;

/// <summary>
/// A tag with no letter or digit ("-", "!!") has no URL, so no tag page and no link: it fails `pmo check` at the
/// tag (PMO009) rather than silently vanishing from the tag index.
/// </summary>
public sealed class TagNameRule : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot) =>
        from page in snapshot.Site.Pages.Where(p => !p.IsSynthetic)
        from tag in page.Meta.TagPlaces
        where tag.Slug.Length == 0
        select Diagnostic.Error(page.Path.Value, tag.Line, tag.Column, DiagnosticCodes.UnusableTag,
            $"tag '{tag.Name}' has no letter or digit, so it cannot have a tag page ({SiteTags.IndexPath(page.Language)}…): write it as a word, e.g. tags: [risk, planning]");
}
