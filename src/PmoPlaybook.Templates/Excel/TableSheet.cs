using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PmoPlaybook.Templates.Formulas;
using PmoPlaybook.Templates.Parsing;
using PmoPlaybook.Templates.Registers;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Excel;

/// <summary>A Markdown table as a worksheet: header row, the example rows, then empty rows ready for data.</summary>
internal static class TableSheet
{
    private const double MinWidth = 10;
    private const double MaxWidth = 60;
    private const double DateWidth = 12;

    public static SheetContent Build(string name, MarkdownTable table, RegisterRules rules, SheetParts parts, int emptyRows)
    {
        var headers = table.Headers;
        var layouts = ColumnLayout.Of(table, rules, parts.Numbers);
        var bodyStyles = layouts.Select(parts.Styles.Body).ToList();
        var lastRow = 1 + table.Rows.Count + emptyRows;
        var rows = new List<Row> { new(headers.Select((header, column) => Cells.Text(column, 1, header, parts.Styles.Header(layouts[column])))) { RowIndex = 1 } };
        for (var row = 2; row <= lastRow; row++)
        {
            var example = row - 2 < table.Rows.Count ? table.Rows[row - 2] : null;
            var values = example?.Select(text => SheetValue.Parse(text, parts.Numbers)).ToList();
            var cells = new List<Cell>();
            for (var column = 0; column < headers.Count; column++)
            {
                // Example rows get the formula too: a literal score copied from the Markdown would go stale when edited.
                var cell = rules.Formulas.TryGetValue(column, out var formula)
                    ? Cells.Formula(column, row, values is not null && rules.InputsFilled(formula, values) ? formula.ForRow(row) : formula.ForEmptyRow(row), bodyStyles[column])
                    : values is null ? null : Cells.Value(column, row, values[column], bodyStyles[column]);
                if (cell is not null)
                {
                    cells.Add(cell);
                }
            }

            if (cells.Count > 0)
            {
                rows.Add(new Row(cells) { RowIndex = (uint)row });
            }
        }

        var validations = rules.Choices
            .OrderBy(choice => choice.Key)
            .Select(choice => new DataValidation(new Formula1(parts.Lists.Source(choice.Value)))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{ColumnLetters.Cell(choice.Key, 2)}:{ColumnLetters.Cell(choice.Key, lastRow)}" },
            })
            .ToList();
        var widths = headers.Select((_, column) => Width(table, rules, layouts[column], column)).ToList();
        return new SheetContent(name, rows, widths, new TableRange(headers.Count - 1, lastRow), validations, ColumnStyles: bodyStyles);
    }

    // Room for the header plus its filter button, or the longest example or choice, within limits that keep
    // a long description column from pushing the others off screen (its text wraps instead).
    private static double Width(MarkdownTable table, RegisterRules rules, ColumnLayout layout, int column)
    {
        var longest = table.Rows.Select(row => row[column].Length)
            .Concat(rules.Choices.TryGetValue(column, out var choices) ? choices.Select(choice => choice.Length) : [])
            .Append(table.Headers[column].Length + 3)
            .Max();
        return Math.Clamp(longest + 2, layout.Kind == ColumnKind.Date ? DateWidth : MinWidth, MaxWidth);
    }
}
