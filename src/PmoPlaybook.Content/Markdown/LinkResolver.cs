using System.Text.RegularExpressions;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Markdown;

/// <summary>
/// Resolves a link as an author wrote it in a page to what it points at. Pure: it needs no file system,
/// so rewriting is the same in a full build and in a one-page rebuild; existence is validation's job.
/// </summary>
public static partial class LinkResolver
{
    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    public static LinkTarget Resolve(ContentPath source, string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('/') || Scheme().IsMatch(url))
        {
            return new LinkTarget.External();
        }
        if (url.StartsWith('#'))
        {
            return new LinkTarget.SamePage(Uri.UnescapeDataString(url[1..]));
        }

        var hash = url.IndexOf('#');
        string? anchor = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var pathPart = hash >= 0 ? url[..hash] : url;
        var query = pathPart.IndexOf('?');
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        var resolved = Combine(source.Directory, Uri.UnescapeDataString(pathPart));
        if (resolved is null)
        {
            return new LinkTarget.OutsideContent();
        }
        if (resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return new LinkTarget.Page(resolved, string.IsNullOrEmpty(anchor) ? null : anchor);
        }
        if (resolved.Length == 0 || resolved.EndsWith('/'))
        {
            return new LinkTarget.Page(resolved + "index.md", string.IsNullOrEmpty(anchor) ? null : anchor);
        }
        return new LinkTarget.File(resolved);
    }

    /// <summary>The URL a resolved link is written as in the generated HTML, or null to keep the author's.</summary>
    public static string? Rewrite(LinkTarget target, SiteConfig config) => target switch
    {
        LinkTarget.Page page when page.ContentPath.Contains('/') =>
            config.Href(ContentPath.Parse(page.ContentPath).UrlPath) + (page.Anchor is null ? "" : "#" + Uri.EscapeDataString(page.Anchor)),
        LinkTarget.File file => config.Href(file.ContentPath),
        _ => null,
    };

    /// <summary>Joins a relative path onto a folder, folding "." and ".."; null when it climbs above the root.</summary>
    private static string? Combine(string directory, string relative)
    {
        var parts = new List<string>(directory.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "" or ".")
            {
                continue;
            }
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(segment);
        }
        var joined = string.Join('/', parts);
        var trailingSlash = relative.EndsWith('/') || relative.EndsWith("/.", StringComparison.Ordinal) || relative is "." or ".." || relative.EndsWith("/..", StringComparison.Ordinal);
        return trailingSlash && joined.Length > 0 ? joined + "/" : joined;
    }
}
