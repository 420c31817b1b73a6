using DocumentFormat.OpenXml.Spreadsheet;

namespace PmoPlaybook.Templates.Excel;

/// <summary>
/// One worksheet before it is written: its rows plus the view and rules that go around them.
/// <see cref="ColumnStyles"/> are the columns' own formats, so rows typed in later wrap and align like the examples;
/// <see cref="OnePage"/> prints the sheet on a single portrait page (the About sheet).
/// </summary>
internal sealed record SheetContent(
    string Name,
    IReadOnlyList<Row> Rows,
    IReadOnlyList<double> ColumnWidths,
    TableRange? Table = null,
    IReadOnlyList<DataValidation>? Validations = null,
    bool Hidden = false,
    IReadOnlyList<uint>? ColumnStyles = null,
    bool OnePage = false);

/// <summary>
/// A header row in row 1 with data below it, up to <see cref="LastRow"/> (1-based) and <see cref="LastColumn"/> (0-based):
/// the sheet freezes and filters it and prints its header on every page.
/// </summary>
internal sealed record TableRange(int LastColumn, int LastRow)
{
    public string Reference => $"A1:{ColumnLetters.Cell(LastColumn, LastRow)}";

    public string AbsoluteReference => $"$A$1:${ColumnLetters.Of(LastColumn)}${LastRow}";

    public static string QuoteSheet(string name) => $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";
}
