namespace PmoPlaybook.Content.Model;

/// <summary>
/// A link written in a page, as the author wrote it and as the generator resolved it, kept so that
/// validation can report a broken one at the author's line and column.
/// </summary>
public sealed record LinkReference(
    string Written,
    LinkTarget Target,
    int Line,
    int Column,
    bool IsImage);

/// <summary>Where a link points once resolved against its page.</summary>
public abstract record LinkTarget
{
    /// <summary>Another page (or this one) by content path, optionally at an anchor.</summary>
    public sealed record Page(string ContentPath, string? Anchor) : LinkTarget;

    /// <summary>An anchor on the same page.</summary>
    public sealed record SamePage(string Anchor) : LinkTarget;

    /// <summary>A non-Markdown file in content/ (image, download), by content path.</summary>
    public sealed record File(string ContentPath) : LinkTarget;

    /// <summary>A relative link that climbs out of content/.</summary>
    public sealed record OutsideContent : LinkTarget;

    /// <summary>Anything we do not check: absolute URLs, mailto:, root-relative paths.</summary>
    public sealed record External : LinkTarget;
}
