using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Integration.Tests;

/// <summary>
/// The Excel downloads as an office suite sees them: every real template's workbook opened, recalculated and saved
/// by LibreOffice Calc, then read back. Formulas must calculate to what the page shows, nothing may be an error,
/// and the wrapping and alignment must survive the trip.
/// </summary>
public class OfficeSuiteTests(RecalculatedDownloadsFixture downloads) : IClassFixture<RecalculatedDownloadsFixture>
{
    [Fact]
    public void Every_formula_calculates_in_libreoffice_to_the_value_the_page_shows()
    {
        var compared = 0;
        var wrong = new List<string>();
        foreach (var (page, _, recalculated) in downloads.Workbooks)
        {
            var formulas = page.Meta.Template!.Columns?.Where(c => c.Value.Formula is not null).Select(c => c.Key).ToList() ?? [];
            if (formulas.Count == 0)
            {
                continue;
            }

            var table = downloads.Site.Page(page.UrlPath).QuerySelector("main table")!;
            var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
            var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
            using var workbook = new Workbook(recalculated);
            var style = NumberStyle.For(page.Language);
            foreach (var name in formulas)
            {
                var column = headers.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
                for (var row = 0; row < rows.Count; row++)
                {
                    var shown = SheetValue.Parse(rows[row][column], style);
                    var cell = workbook.Cell(0, column, row + 2);
                    compared++;
                    if (!Agrees(shown, cell, workbook))
                    {
                        wrong.Add($"{page.Path.Value} row {row + 1} '{name}': the page shows '{shown.Text}', LibreOffice calculates '{(cell is null ? "" : workbook.Value(cell))}'");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // Risk, stakeholder, capacity, dependency, scorecard, planning wheel and health check, in both languages.
        Assert.True(compared >= 150, $"only {compared} formula cells compared");
    }

    [Fact]
    public void No_cell_of_any_download_is_an_error_and_every_formula_has_a_result()
    {
        var problems = new List<string>();
        foreach (var (page, _, recalculated) in downloads.Workbooks)
        {
            using var workbook = new Workbook(recalculated);
            foreach (var (sheet, cell) in workbook.AllCells())
            {
                if (cell.DataType?.Value == CellValues.Error || (cell.CellFormula is not null && cell.CellValue is null && cell.DataType?.Value != CellValues.String))
                {
                    problems.Add($"{page.Path.Value} {sheet}!{cell.CellReference}: {workbook.Value(cell)} from {cell.CellFormula?.Text}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(downloads.Workbooks.Count >= 20, $"{downloads.Workbooks.Count} workbooks");
    }

    [Fact]
    public void Libreoffice_reads_long_text_as_wrapped_and_number_columns_right_aligned_under_right_aligned_headers()
    {
        var checkedCells = 0;
        var problems = new List<string>();
        foreach (var (page, _, recalculated) in downloads.Workbooks)
        {
            using var workbook = new Workbook(recalculated);
            var examples = downloads.Site.Page(page.UrlPath).QuerySelectorAll("main table")[0].QuerySelectorAll("tbody tr").Length;
            var rows = workbook.Rows(0).ToList();
            foreach (var header in rows[0].Elements<Cell>())
            {
                var cells = rows.Skip(1).Take(examples)
                    .Select(row => row.Elements<Cell>().FirstOrDefault(c => Letters(c) == Letters(header)))
                    .OfType<Cell>().Where(c => workbook.Value(c).Length > 0).ToList();
                // A column of numbers reads from the right, its header too; a column that mixes in words is laid out as text.
                if (cells.Count > 0 && cells.All(IsNumber))
                {
                    if (workbook.Format(header).Alignment?.Horizontal?.Value != HorizontalAlignmentValues.Right)
                    {
                        problems.Add($"{page.Path.Value} {header.CellReference}: the header of a number column is not right-aligned");
                    }

                    problems.AddRange(cells.Where(c => workbook.Format(c).Alignment?.Horizontal?.Value != HorizontalAlignmentValues.Right)
                        .Select(c => $"{page.Path.Value} {c.CellReference}: a number that is not right-aligned"));
                }

                problems.AddRange(cells.Where(c => !IsNumber(c) && workbook.Value(c).Length > 30 && workbook.Format(c).Alignment?.WrapText?.Value != true)
                    .Select(c => $"{page.Path.Value} {c.CellReference}: long text that does not wrap"));
                checkedCells += cells.Count;
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(checkedCells >= 500, $"{checkedCells} cells checked");
    }

    [Fact]
    public void Libreoffice_keeps_the_register_printing_landscape_across_the_page_within_its_print_area()
    {
        foreach (var (page, _, recalculated) in downloads.Workbooks)
        {
            using var workbook = new Workbook(recalculated);
            var setup = workbook.Worksheet(0).Descendants<PageSetup>().Single();

            Assert.Equal(OrientationValues.Landscape, setup.Orientation?.Value);
            Assert.Equal(1U, setup.FitToWidth?.Value ?? 1U);
            Assert.Contains(workbook.DefinedNames, n => n.Name == "_xlnm.Print_Area" && n.LocalSheetId?.Value == 0);
        }
    }

    private static bool Agrees(SheetValue shown, Cell? cell, Workbook workbook)
    {
        var text = cell is null ? "" : workbook.Value(cell);
        var isNumber = cell is not null && IsNumber(cell);
        return shown.Kind switch
        {
            SheetValueKind.Blank => text.Length == 0,
            SheetValueKind.Text => !isNumber && text == shown.Text,
            SheetValueKind.Date => isNumber && double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) == shown.Number,
            _ => isNumber && Math.Abs(Math.Round(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), shown.Decimals, MidpointRounding.AwayFromZero) - shown.Number) < 1e-9,
        };
    }

    // LibreOffice marks numbers t="n"; Excel and our writer leave the type out.
    private static bool IsNumber(Cell cell) => cell.CellValue is not null && (cell.DataType is null || cell.DataType.Value == CellValues.Number);

    private static string Letters(Cell cell) => new([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]);

    /// <summary>A workbook as LibreOffice saved it: shared strings, formula strings, and styles looked up by index.</summary>
    private sealed class Workbook(string path) : IDisposable
    {
        private readonly SpreadsheetDocument _document = SpreadsheetDocument.Open(path, isEditable: false);

        private WorkbookPart Part => _document.WorkbookPart!;

        public IEnumerable<DefinedName> DefinedNames => Part.Workbook.DefinedNames?.Elements<DefinedName>() ?? [];

        public Worksheet Worksheet(int index) =>
            ((WorksheetPart)Part.GetPartById(Part.Workbook.Sheets!.Elements<Sheet>().ElementAt(index).Id!)).Worksheet;

        public IEnumerable<Row> Rows(int sheet) => Worksheet(sheet).Descendants<Row>();

        public Cell? Cell(int sheet, int column, int row)
        {
            var reference = ColumnName(column) + row;
            return Worksheet(sheet).Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
        }

        public IEnumerable<(string Sheet, Cell Cell)> AllCells() =>
            Part.Workbook.Sheets!.Elements<Sheet>().SelectMany(sheet =>
                ((WorksheetPart)Part.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Select(cell => (sheet.Name!.Value!, cell)));

        public string Value(Cell cell) => cell.DataType?.Value == CellValues.SharedString
            ? Part.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText
            : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";

        public CellFormat Format(Cell cell) =>
            Part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

        public void Dispose() => _document.Dispose();

        private static string ColumnName(int column) => column < 26 ? ((char)('A' + column)).ToString() : ColumnName((column / 26) - 1) + (char)('A' + (column % 26));
    }
}
