using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PmoPlaybook.Templates.Excel;
using PmoPlaybook.Templates.Parsing;
using PmoPlaybook.Templates.Registers;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates;

/// <summary>
/// Writes a register template as an Excel workbook: the first Markdown table becomes a sheet ready for data,
/// with the template's pick lists and formulas applied; further tables become plain sheets; "About" names the template.
/// </summary>
public static class XlsxTemplateWriter
{
    /// <summary>Empty rows prepared with validations and formulas below the example rows.</summary>
    internal const int EmptyRows = 50;

    /// <exception cref="InvalidTemplateException">The body has no table, or a column rule or formula names a column the first table lacks.</exception>
    public static void Write(TemplateSource source, Stream output)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);

        var styles = new ExcelStyles();
        var sheets = Sheets(source, styles);
        // The packaging layer needs to seek; an HTTP response body cannot.
        if (output.CanSeek)
        {
            Save(sheets, styles, source, output);
            return;
        }

        using var buffer = new MemoryStream();
        Save(sheets, styles, source, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static List<SheetContent> Sheets(TemplateSource source, ExcelStyles styles)
    {
        var tables = MarkdownTables.Find(TemplateMarkdown.Parse(source.Markdown));
        if (tables.Count == 0)
        {
            throw new InvalidTemplateException($"The template '{source.Title}' has no Markdown table to turn into a register sheet.");
        }

        var rules = RegisterRules.Resolve(tables[0].Headers, source.Columns ?? new Dictionary<string, TemplateColumn>());
        var words = TemplateWords.For(source.Language);
        var names = new UniqueSheetNames();
        var lists = new ChoiceLists(names, words.Lists);
        var parts = new SheetParts(styles, lists, NumberStyle.For(source.Language));
        var sheets = new List<SheetContent> { TableSheet.Build(names.Claim(source.Title, words.Register), tables[0], rules, parts, EmptyRows) };
        sheets.AddRange(tables.Skip(1).Select((table, i) =>
            TableSheet.Build(names.Claim(table.Heading, $"{words.Table} {i + 2}"), table, RegisterRules.None, parts, emptyRows: 0)));
        sheets.Add(AboutSheet.Build(names.Claim(words.About, "About"), source, styles));
        if (lists.Sheet() is { } listSheet)
        {
            sheets.Add(listSheet);
        }

        return sheets;
    }

    private static void Save(List<SheetContent> sheets, ExcelStyles styles, TemplateSource source, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = source.Title;
        document.PackageProperties.Version = source.Version;
        document.PackageProperties.Language = source.Language;

        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Create();
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
                // Excel expects the filter's range under this hidden name, prints only the register's columns,
                // and repeats row 1 on every printed page.
                var quoted = TableRange.QuoteSheet(content.Name);
                definedNames.Append(
                    new DefinedName($"{quoted}!{table.AbsoluteReference}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true },
                    new DefinedName($"{quoted}!{table.AbsoluteReference}") { Name = "_xlnm.Print_Area", LocalSheetId = (uint)i },
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
