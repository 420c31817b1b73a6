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

    public static string Text(Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? "";

    public void Dispose()
    {
        Document.Dispose();
        stream.Dispose();
    }
}
