using DocumentFormat.OpenXml.Spreadsheet;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Excel;

/// <summary>
/// Turns a column's choices into the source of a list validation: inline (<c>"Low,Medium,High"</c>) when Excel
/// can hold it that way, otherwise a range on a hidden sheet. Inline lists are separated by commas and limited
/// to 255 characters, so choices with commas or quotes, or long lists, need the sheet.
/// </summary>
internal sealed class ChoiceLists(UniqueSheetNames names, string listsName)
{
    private const int InlineLimit = 250;
    private readonly List<IReadOnlyList<string>> lists = [];
    private string? sheetName;

    public string Source(IReadOnlyList<string> choices)
    {
        var inline = string.Join(',', choices);
        if (inline.Length <= InlineLimit && !choices.Any(choice => choice.Contains(',') || choice.Contains('"')))
        {
            return $"\"{inline}\"";
        }

        sheetName ??= names.Claim(listsName, "Lists");
        lists.Add(choices);
        var column = ColumnLetters.Of(lists.Count - 1);
        return $"{TableRange.QuoteSheet(sheetName)}!${column}$1:${column}${choices.Count}";
    }

    /// <summary>The hidden sheet holding the long lists, or null when every list fitted inline.</summary>
    public SheetContent? Sheet()
    {
        if (sheetName is null)
        {
            return null;
        }

        var rows = Enumerable.Range(0, lists.Max(list => list.Count))
            .Select(i => new Row(lists
                .Select((list, column) => i < list.Count ? Cells.Value(column, i + 1, SheetValue.Parse(list[i], NumberStyle.Invariant)) : null)
                .OfType<Cell>())
            { RowIndex = (uint)(i + 1) })
            .ToList();
        return new SheetContent(sheetName, rows, [], Hidden: true);
    }
}
