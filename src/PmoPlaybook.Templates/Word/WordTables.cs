using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PmoPlaybook.Content.Markdown;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace PmoPlaybook.Templates.Word;

/// <summary>
/// Markdown tables as Word tables: full text width, bordered, header row shaded and repeated on every page, each
/// column as wide as its content asks (a long description gets the room, a score column no more than its header),
/// and wide registers in a smaller type.
/// </summary>
internal static class WordTables
{
    // Room for one character of the table's type, and the cell's left and right padding, in twentieths of a point.
    private const int CharacterWidth = 110;
    private const int CellPadding = 230;

    public static Table Create(MarkdownTable source, int textWidth)
    {
        var rows = source.OfType<MarkdownTableRow>().ToList();
        var columns = WordPage.Columns(source);
        var size = columns >= 12 ? 16 : WordPage.IsWide(source) ? 18 : 0;
        var widths = Widths(rows, columns, textWidth, size == 0 ? CharacterWidth : CharacterWidth * size / 22);
        var table = new Table(
            new TableProperties
            {
                TableStyle = new TableStyle { Val = WordStyles.TableGrid },
                TableWidth = new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                TableBorders = WordStyles.TableBorders(),
                TableLook = new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true },
            },
            new TableGrid(widths.Select(width => new GridColumn { Width = Twips(width) })));

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
                tableRow.Append(Cell(cell, Twips(widths[column]), row.IsHeader, Alignment(source, column), size));
            }

            table.Append(tableRow);
        }

        return table;
    }

    /// <summary>
    /// Each column gets at least the width of its header's longest word, then a share of the rest in proportion
    /// to how much text it holds (capped, so one long column does not squeeze the others to their minimum).
    /// </summary>
    internal static int[] Widths(IReadOnlyList<MarkdownTableRow> rows, int columns, int textWidth, int characterWidth)
    {
        var header = rows.FirstOrDefault(row => row.IsHeader) ?? rows.FirstOrDefault();
        var minimum = new int[columns];
        var weight = new double[columns];
        for (var column = 0; column < columns; column++)
        {
            var words = header is not null && column < header.Count ? Text(header[column]).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            minimum[column] = (words.Select(w => w.Length).DefaultIfEmpty(3).Max() * characterWidth) + CellPadding;
            weight[column] = Math.Clamp(rows.Select(row => column < row.Count ? Text(row[column]).Length : 0).DefaultIfEmpty(0).Max(), 4, 60);
        }

        var total = weight.Sum();
        var widths = weight.Select((w, column) => Math.Max(minimum[column], (int)(textWidth * w / total))).ToArray();
        var excess = widths.Sum() - textWidth;
        var flexible = widths.Select((w, column) => w - minimum[column]).Sum();
        if (excess > 0 && flexible > 0)
        {
            // Take the excess back from the columns above their minimum, in proportion to how far above they are.
            widths = [.. widths.Select((w, column) => w - (int)((long)(w - minimum[column]) * Math.Min(excess, flexible) / flexible))];
        }

        // Whole twips round down above; the widest column absorbs the remainder so the table fills the width exactly.
        // (When even the minimums do not fit, the table is left wider than the page rather than break words.)
        var rest = textWidth - widths.Sum();
        if (rest >= 0 || excess <= flexible)
        {
            widths[Array.IndexOf(widths, widths.Max())] += rest;
        }

        return widths;
    }

    private static string Text(Block cell) =>
        cell is ContainerBlock container ? string.Join(' ', container.OfType<LeafBlock>().Select(block => InlineText.Of(block))) : "";

    private static string Twips(int width) => width.ToString(CultureInfo.InvariantCulture);

    private static TableCell Cell(MarkdownTableCell? source, string width, bool header, JustificationValues? alignment, int size)
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

            paragraph.Append(WordInlines.Runs(block.Inline, new RunFormat(Bold: header, Size: size)));
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
