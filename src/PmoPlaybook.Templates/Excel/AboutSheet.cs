using DocumentFormat.OpenXml.Spreadsheet;

namespace PmoPlaybook.Templates.Excel;

/// <summary>Says which template and version a workbook came from, since the register sheets themselves do not.</summary>
internal static class AboutSheet
{
    public static SheetContent Build(string name, TemplateSource source, ExcelStyles styles)
    {
        var labels = TemplateWords.For(source.Language);
        (string Label, string Value)[] facts =
        [
            (labels.Title, source.Title),
            (labels.Version, source.Version),
            (labels.Language, LanguageNames.Of(source.Language)),
            (labels.Summary, source.Summary),
        ];
        var rows = facts
            .Select((fact, i) => new Row(
                Cells.Text(0, i + 1, fact.Label, styles.Label),
                Cells.Text(1, i + 1, fact.Value ?? "", styles.Wrapped))
            { RowIndex = (uint)(i + 1) })
            .ToList();
        // 14 + 70 characters fit the width of a portrait A4 or Letter page, so labels and values print side by side.
        return new SheetContent(name, rows, [14, 70], OnePage: true);
    }
}
