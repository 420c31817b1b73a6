using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PmoPlaybook.Templates.Excel;
using PmoPlaybook.Templates.Parsing;

namespace PmoPlaybook.Templates;

/// <summary>
/// Writes a register template as an Excel workbook: the first Markdown table becomes a sheet ready for data,
/// with the template's pick lists and formulas applied; further tables become plain sheets; "About" names the template.
/// </summary>
public static class XlsxTemplateWriter
{
    /// <summary>Empty rows prepared with validations and formulas below the example rows.</summary>
    internal const int EmptyRows = 50;

    /// <exception cref="ArgumentException">The body has no table, or a column rule or formula names a column the first table lacks.</exception>
    public static void Write(TemplateSource source, Stream output)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);

        var sheets = Sheets(source);
        // The packaging layer needs to seek; an HTTP response body cannot.
        if (output.CanSeek)
        {
            Save(sheets, source, output);
            return;
        }

        using var buffer = new MemoryStream();
        Save(sheets, source, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static List<SheetContent> Sheets(TemplateSource source)
    {
        var tables = MarkdownTables.Find(TemplateMarkdown.Parse(source.Markdown));
        if (tables.Count == 0)
        {
            throw new ArgumentException($"The template '{source.Title}' has no Markdown table to turn into a register sheet.", nameof(source));
        }

        var rules = RegisterRules.Resolve(tables[0].Headers, source.Columns ?? new Dictionary<string, TemplateColumn>());
        var names = new UniqueSheetNames();
        var lists = new ChoiceLists(names);
        var sheets = new List<SheetContent> { TableSheet.Build(names.Claim(source.Title, "Register"), tables[0], rules, lists, EmptyRows) };
        sheets.AddRange(tables.Skip(1).Select((table, i) =>
            TableSheet.Build(names.Claim(table.Heading, $"Table {i + 2}"), table, RegisterRules.None, lists, emptyRows: 0)));
        sheets.Add(AboutSheet.Build(names.Claim("About", "About"), source));
        if (lists.Sheet() is { } listSheet)
        {
            sheets.Add(listSheet);
        }

        return sheets;
    }

    private static void Save(List<SheetContent> sheets, TemplateSource source, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = source.Title;
        document.PackageProperties.Version = source.Version;
        document.PackageProperties.Language = source.Language;

        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = ExcelStyles.Create();
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var content = sheets[i];
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = WorksheetFactory.Create(content, selected: i == 0);
            var sheet = new Sheet { Name = content.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) };
            if (content.Hidden)
            {
                sheet.State = SheetStateValues.Hidden;
            }

            sheetList.Append(sheet);
            if (content.Table is { } table)
            {
                // Excel expects the filter's range under this hidden name, and repeats row 1 on every printed page.
                var quoted = TableRange.QuoteSheet(content.Name);
                definedNames.Append(
                    new DefinedName($"{quoted}!{table.AbsoluteReference}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true },
                    new DefinedName($"{quoted}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
        }

        var workbook = new Workbook(new BookViews(new WorkbookView()), sheetList);
        if (definedNames.HasChildren)
        {
            workbook.Append(definedNames);
        }

        // No cached results are written, so the formulas must be calculated when the file is opened.
        workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        workbookPart.Workbook = workbook;
    }
}
