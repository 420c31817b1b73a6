using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace PmoPlaybook.Templates.Word;

/// <summary>Markdown tables as Word tables: full text width, bordered, header row shaded and repeated on every page.</summary>
internal static class WordTables
{
    /// <summary>A4 less 2.54 cm margins on each side, in twentieths of a point.</summary>
    public const int TextWidth = 9026;

    public static Table Create(MarkdownTable source)
    {
        var rows = source.OfType<MarkdownTableRow>().ToList();
        var columns = Math.Max(1, rows.Select(row => row.Count).DefaultIfEmpty(0).Max());
        var width = (TextWidth / columns).ToString(CultureInfo.InvariantCulture);
        var table = new Table(
            new TableProperties
            {
                TableStyle = new TableStyle { Val = WordStyles.TableGrid },
                TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                TableBorders = WordStyles.TableBorders(),
                TableLook = new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true },
            },
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width })));

        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            if (row.IsHeader)
            {
                tableRow.Append(new TableRowProperties(new TableHeader()));
            }

            for (var column = 0; column < columns; column++)
            {
                var cell = column < row.Count ? row[column] as MarkdownTableCell : null;
                tableRow.Append(Cell(cell, width, row.IsHeader, Alignment(source, column)));
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(MarkdownTableCell? source, string width, bool header, JustificationValues? alignment)
    {
        var properties = new TableCellProperties { TableCellWidth = new TableCellWidth { Width = width, Type = TableWidthUnitValues.Dxa } };
        if (header)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" };
        }

        var cell = new TableCell(properties);
        foreach (var block in source?.OfType<LeafBlock>() ?? [])
        {
            var paragraph = new Paragraph();
            if (alignment is { } justification)
            {
                paragraph.Append(new ParagraphProperties { Justification = new Justification { Val = justification } });
            }

            paragraph.Append(WordInlines.Runs(block.Inline, new RunFormat(Bold: header)));
            cell.Append(paragraph);
        }

        // Word requires every cell to end with a paragraph, even an empty one.
        if (cell.LastChild is not Paragraph)
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    private static JustificationValues? Alignment(MarkdownTable table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => JustificationValues.Center,
                TableColumnAlign.Right => JustificationValues.Right,
                _ => null,
            }
            : null;
}
