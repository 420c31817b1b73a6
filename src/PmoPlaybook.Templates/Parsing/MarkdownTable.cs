namespace PmoPlaybook.Templates.Parsing;

/// <summary>
/// A Markdown table as plain text: every row has exactly <see cref="Headers"/>.Count cells.
/// <see cref="Heading"/> is the nearest heading above it, a name for its sheet.
/// </summary>
internal sealed record MarkdownTable(string? Heading, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
