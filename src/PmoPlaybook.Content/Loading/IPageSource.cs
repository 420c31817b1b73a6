using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Content.Loading;

/// <summary>
/// Pages made from files that are not Markdown pages (an assessment definition becomes a page per
/// language). Projects the content model must not depend on plug in here, as a Markdig extension plugs
/// into a pipeline, and their pages then get navigation, search, the sitemap and link checks for free.
/// </summary>
public interface IPageSource
{
    PageSourceResult Load(string contentDirectory, SiteConfig config);

    /// <summary>Whether a change to this content-relative file means the source must be loaded again.</summary>
    bool Reads(string contentPath);
}

public sealed record PageSourceResult(IReadOnlyList<Page> Pages, IReadOnlyList<Diagnostic> Diagnostics);
