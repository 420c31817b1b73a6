using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PmoPlaybook.Templates.Tests;

/// <summary>A workbook written by <see cref="XlsxTemplateWriter"/>, opened again with the SDK for assertions.</summary>
internal sealed class Xlsx : IDisposable
{
    private readonly MemoryStream stream;

    private Xlsx(MemoryStream stream)
    {
        this.stream = stream;
        Document = SpreadsheetDocument.Open(stream, isEditable: false);
    }

    public SpreadsheetDocument Document { get; }

    public IReadOnlyList<Sheet> Sheets => [.. Document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>()];

    public static Xlsx Write(TemplateSource source)
    {
        var stream = new MemoryStream();
        XlsxTemplateWriter.Write(source, stream);
        stream.Position = 0;
        return new Xlsx(stream);
    }

    public Worksheet Worksheet(string name)
    {
        var sheet = Sheets.Single(sheet => sheet.Name == name);
        return ((WorksheetPart)Document.WorkbookPart!.GetPartById(sheet.Id!)).Worksheet;
    }

    public Cell? Cell(string sheet, string reference) =>
        Worksheet(sheet).Descendants<Cell>().SingleOrDefault(cell => cell.CellReference == reference);

    /// <summary>The cell format a cell (or, with <paramref name="index"/>, a column) uses.</summary>
    public CellFormat Format(uint? index) =>
        Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(index ?? 0));

    public CellFormat Format(string sheet, string reference) => Format(Cell(sheet, reference)!.StyleIndex?.Value);

    /// <summary>The format code of a number format id: Excel's built-in ones by number, the workbook's own by its list.</summary>
    public string NumberFormat(CellFormat format)
    {
        var id = format.NumberFormatId?.Value ?? 0;
        var custom = Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .FirstOrDefault(f => f.NumberFormatId?.Value == id);
        return custom?.FormatCode?.Value ?? id switch { 0 => "General", 1 => "0", 2 => "0.00", 3 => "#,##0", 4 => "#,##0.00", _ => $"built-in {id}" };
    }

    public static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";

    public void Dispose()
    {
        Document.Dispose();
        stream.Dispose();
    }
}
