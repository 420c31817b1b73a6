using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Excel;

internal static class Cells
{
    /// <summary>
    /// Text is always stored as an inline string, never as a formula, so "=cmd|..." typed into a Markdown table
    /// reaches Excel as harmless text.
    /// </summary>
    public static Cell Text(int column, int row, string text, uint style = ExcelStyles.Default) =>
        Styled(new Cell
        {
            CellReference = ColumnLetters.Cell(column, row),
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        }, style);

    public static Cell Formula(int column, int row, string formula, uint style = ExcelStyles.Default) =>
        Styled(new Cell { CellReference = ColumnLetters.Cell(column, row), CellFormula = new CellFormula(formula) }, style);

    /// <summary>
    /// A number cell for numbers and dates (a date is Excel's day number, shown by the column's date format),
    /// so sums, sorting and formulas work; a text cell otherwise; nothing for a blank.
    /// </summary>
    public static Cell? Value(int column, int row, SheetValue value, uint style = ExcelStyles.Default) => value.Kind switch
    {
        SheetValueKind.Blank => null,
        SheetValueKind.Number or SheetValueKind.Date => Styled(new Cell
        {
            CellReference = ColumnLetters.Cell(column, row),
            CellValue = new CellValue(value.Number.ToString(CultureInfo.InvariantCulture)),
        }, style),
        _ => Text(column, row, value.Text, style),
    };

    private static Cell Styled(Cell cell, uint style)
    {
        if (style != ExcelStyles.Default)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }
}
