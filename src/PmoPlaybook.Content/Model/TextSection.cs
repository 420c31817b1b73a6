namespace PmoPlaybook.Content.Model;

/// <summary>
/// A page's plain text, split at its h2 headings: the intro (no heading) and then one section per h2,
/// with its h3 headings inside. Search indexes each section so a hit can link to its anchor.
/// </summary>
public sealed record TextSection(string? HeadingId, string? Heading, string Text);
