using PmoPlaybook.Templates.Parsing;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Registers;

/// <summary>
/// How a register column is laid out: its kind and, for numbers and dates, the Excel number format that shows
/// values the way the template's examples are written (<c>#,##0</c> for "4,200", <c>0.0</c> for "5.3").
/// </summary>
internal sealed record ColumnLayout(ColumnKind Kind, string? NumberFormat)
{
    public static ColumnLayout Text { get; } = new(ColumnKind.Text, null);

    public static ColumnLayout Date { get; } = new(ColumnKind.Date, "yyyy-mm-dd");

    /// <summary>
    /// Each column's layout, judged from its example values; a column without examples goes by its pick list
    /// (all numbers: a number column) or its formula (what the formula gives), and is text otherwise.
    /// </summary>
    public static IReadOnlyList<ColumnLayout> Of(MarkdownTable table, RegisterRules rules, NumberStyle style)
    {
        var layouts = new ColumnLayout?[table.Headers.Count];
        ColumnLayout Get(int column) => layouts[column] ??= Infer(table, rules, style, column, c => Get(c).Kind);
        return [.. Enumerable.Range(0, table.Headers.Count).Select(Get)];
    }

    private static ColumnLayout Infer(MarkdownTable table, RegisterRules rules, NumberStyle style, int column, Func<int, ColumnKind> kindOf)
    {
        var examples = table.Rows.Select(row => SheetValue.Parse(row[column], style)).Where(v => v.Kind != SheetValueKind.Blank).ToList();
        if (examples.Count == 0 && rules.Choices.TryGetValue(column, out var choices))
        {
            examples = [.. choices.Select(choice => SheetValue.Parse(choice, style))];
        }

        if (examples.Count > 0)
        {
            return examples.All(v => v.Kind == SheetValueKind.Date) ? Date
                : examples.All(v => v.Kind == SheetValueKind.Number) ? Number(examples.Max(v => v.Decimals), examples.Any(v => v.Grouped))
                : Text;
        }

        return rules.Formulas.TryGetValue(column, out var formula)
            ? formula.ResultKind(kindOf) switch
            {
                ColumnKind.Number => Number(0, grouped: false),
                ColumnKind.Date => Date,
                _ => Text,
            }
            : Text;
    }

    private static ColumnLayout Number(int decimals, bool grouped)
    {
        var fraction = decimals > 0 ? "." + new string('0', Math.Min(decimals, 10)) : "";
        return new ColumnLayout(ColumnKind.Number, grouped ? "#,##0" + fraction : decimals > 0 ? "0" + fraction : null);
    }
}
