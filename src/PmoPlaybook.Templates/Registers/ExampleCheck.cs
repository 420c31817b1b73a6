using PmoPlaybook.Templates.Formulas;
using PmoPlaybook.Templates.Parsing;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Registers;

/// <summary>
/// An example row whose formula column shows something else than the formula gives for that row
/// (a score of 12 where likelihood × impact is 16), at <see cref="Line"/> of the template's Markdown body (1-based).
/// </summary>
public sealed record ExampleMismatch(int Line, string Column, string Shown, string Calculated);

/// <summary>
/// Checks a register's example rows against its column formulas, the way the spreadsheet will calculate them:
/// the page, the Word and Markdown downloads show the example values as written, the Excel download recalculates
/// them, and a reader who compares the two should not find a wrong number.
/// </summary>
public static class ExampleCheck
{
    /// <exception cref="InvalidTemplateException">The template has no table, or its column rules do not fit it (see <see cref="XlsxTemplateWriter"/>).</exception>
    public static IReadOnlyList<ExampleMismatch> Run(TemplateSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tables = MarkdownTables.Find(TemplateMarkdown.Parse(source.Markdown));
        if (tables.Count == 0 || source.Columns is not { Count: > 0 } columns)
        {
            return [];
        }

        var table = tables[0];
        var rules = RegisterRules.Resolve(table.Headers, columns);
        var style = NumberStyle.For(source.Language);
        var mismatches = new List<ExampleMismatch>();
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var values = table.Rows[row].Select(text => SheetValue.Parse(text, style)).ToList();
            foreach (var (column, formula) in rules.Formulas.OrderBy(f => f.Key))
            {
                var calculated = Calculate(column, values, rules);
                if (!Matches(values[column], calculated))
                {
                    mismatches.Add(new ExampleMismatch(table.RowLines[row], table.Headers[column], Describe(values[column]), Describe(calculated, values[column].Kind, style)));
                }
            }
        }

        return mismatches;
    }

    /// <summary>What the spreadsheet shows in a formula cell of an example row: empty until its inputs are filled in.</summary>
    internal static FormulaValue Calculate(int column, IReadOnlyList<SheetValue> values, RegisterRules rules)
    {
        var formula = rules.Formulas[column];
        return rules.InputsFilled(formula, values)
            ? formula.Evaluate(input => rules.Formulas.ContainsKey(input) ? Calculate(input, values, rules) : ValueOf(values[input]))
            : FormulaValue.Of("");
    }

    private static FormulaValue ValueOf(SheetValue value) => value.Kind switch
    {
        SheetValueKind.Blank => FormulaValue.Blank,
        SheetValueKind.Text => FormulaValue.Of(value.Text),
        _ => FormulaValue.Of(value.Number),
    };

    /// <summary>A number matches when it rounds to the example at the example's own decimals ("5.3" for 16 ÷ 3).</summary>
    internal static bool Matches(SheetValue shown, FormulaValue calculated)
    {
        if (calculated.IsError)
        {
            return false;
        }

        return shown.Kind switch
        {
            SheetValueKind.Blank => calculated.Kind == FormulaValueKind.Blank || (calculated.Kind == FormulaValueKind.Text && calculated.Text.Length == 0),
            SheetValueKind.Text => calculated.Kind is FormulaValueKind.Text or FormulaValueKind.Boolean
                && string.Equals(calculated.AsText(), shown.Text, StringComparison.OrdinalIgnoreCase),
            SheetValueKind.Date => calculated.Kind == FormulaValueKind.Number && Math.Floor(calculated.Number) == shown.Number,
            _ => calculated.Kind == FormulaValueKind.Number
                && Math.Abs(Math.Round(calculated.Number, shown.Decimals, MidpointRounding.AwayFromZero) - shown.Number) < 1e-9,
        };
    }

    private static string Describe(SheetValue value) => value.Kind == SheetValueKind.Blank ? "nothing" : $"'{value.Text}'";

    private static string Describe(FormulaValue value, SheetValueKind shown, NumberStyle style) => value.Kind switch
    {
        FormulaValueKind.Error => $"an error ({value.Text})",
        FormulaValueKind.Number when shown == SheetValueKind.Date && value.Number >= 61 => $"'{SheetValue.OfDate(SheetValue.DateOf(value.Number)).Text}'",
        FormulaValueKind.Text when value.Text.Length == 0 => "nothing",
        // In the page's own way of writing numbers ("3,2" on a Swedish page), so the editor can copy it.
        FormulaValueKind.Number => $"'{Math.Round(value.Number, 10).ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', style.DecimalMark)}'",
        _ => $"'{value.AsText()}'",
    };
}
