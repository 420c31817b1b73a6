namespace PmoPlaybook.Templates.Parsing;

/// <summary>
/// A Markdown table as plain text: every row has exactly <see cref="Headers"/>.Count cells.
/// <see cref="Heading"/> is the nearest heading above it, a name for its sheet; <see cref="RowLines"/> holds each
/// row's line in the Markdown (1-based), so a problem with an example row can name its line.
/// </summary>
internal sealed record MarkdownTable(string? Heading, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> RowLines);
