using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

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

    public static Cell Formula(int column, int row, string formula) =>
        new() { CellReference = ColumnLetters.Cell(column, row), CellFormula = new CellFormula(formula) };

    /// <summary>A number cell when the text is a plain number, so sums and formulas work; otherwise text.</summary>
    public static Cell? Value(int column, int row, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return TryNumber(text, out var number)
            ? new Cell { CellReference = ColumnLetters.Cell(column, row), CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) }
            : Text(column, row, text);
    }

    internal static bool TryNumber(string text, out double number)
    {
        number = 0;
        var digits = text.TrimStart('-');
        // Leading zeros carry meaning in identifiers such as "007", and a number would lose them;
        // so would long identifiers, since Excel keeps only 15 significant digits.
        if (digits.Length == 0 || (digits.Length > 1 && digits[0] == '0' && digits[1] != '.') || digits.Count(char.IsAsciiDigit) > 15)
        {
            return false;
        }

        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number);
    }

    private static Cell Styled(Cell cell, uint style)
    {
        if (style != ExcelStyles.Default)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }
}
