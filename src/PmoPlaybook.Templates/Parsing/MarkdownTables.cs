using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PmoPlaybook.Content.Markdown;

namespace PmoPlaybook.Templates.Parsing;

internal static class MarkdownTables
{
    /// <summary>The document's tables in reading order, including tables inside lists and quotes.</summary>
    public static IReadOnlyList<MarkdownTable> Find(MarkdownDocument document)
    {
        var tables = new List<MarkdownTable>();
        string? heading = null;
        Walk(document, tables, ref heading);
        return tables;
    }

    private static void Walk(ContainerBlock container, List<MarkdownTable> tables, ref string? heading)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock headingBlock:
                    heading = InlineText.Of(headingBlock);
                    break;
                case Table table:
                    if (Read(table, heading) is { } read)
                    {
                        tables.Add(read);
                    }

                    break;
                case ContainerBlock child:
                    Walk(child, tables, ref heading);
                    break;
            }
        }
    }

    private static MarkdownTable? Read(Table table, string? heading)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        // Grid tables may have no header row; their first row then names the columns.
        var headerRow = rows.FirstOrDefault(row => row.IsHeader) ?? rows[0];
        var headers = Cells(headerRow);
        var width = headers.Count;
        var bodyRows = rows.Where(row => row != headerRow && !row.IsHeader).ToList();
        var body = bodyRows
            .Select(row => (IReadOnlyList<string>)[.. Cells(row).Concat(Enumerable.Repeat("", width)).Take(width)])
            .ToList();
        return new MarkdownTable(heading, headers, body, [.. bodyRows.Select(row => row.Line + 1)]);
    }

    private static List<string> Cells(TableRow row) =>
        [.. row.OfType<TableCell>().Select(cell => string.Join(' ', cell.OfType<LeafBlock>().Select(block => InlineText.Of(block, taskBoxes: true))).Trim())];
}
