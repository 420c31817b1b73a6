using DocumentFormat.OpenXml.Spreadsheet;

namespace PmoPlaybook.Templates.Excel;

/// <summary>Says which template and version a workbook came from, since the register sheets themselves do not.</summary>
internal static class AboutSheet
{
    public static SheetContent Build(string name, TemplateSource source)
    {
        (string Label, string Value)[] facts =
        [
            ("Title", source.Title),
            ("Version", source.Version),
            ("Language", LanguageNames.Of(source.Language)),
            ("Summary", source.Summary),
        ];
        var rows = facts
            .Select((fact, i) => new Row(
                Cells.Text(0, i + 1, fact.Label, ExcelStyles.Label),
                Cells.Text(1, i + 1, fact.Value ?? "", ExcelStyles.Wrapped))
            { RowIndex = (uint)(i + 1) })
            .ToList();
        return new SheetContent(name, rows, [14, 80]);
    }
}
