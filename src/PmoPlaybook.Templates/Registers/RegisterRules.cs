using PmoPlaybook.Templates.Formulas;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Registers;

/// <summary>The template's column rules resolved against a table's headers: zero-based column → rule.</summary>
internal sealed record RegisterRules(
    IReadOnlyDictionary<int, IReadOnlyList<string>> Choices,
    IReadOnlyDictionary<int, ColumnFormula> Formulas)
{
    public static RegisterRules None { get; } = new(new Dictionary<int, IReadOnlyList<string>>(), new Dictionary<int, ColumnFormula>());

    /// <exception cref="InvalidTemplateException">A rule or formula names a column the table lacks, or formulas refer to each other in a circle.</exception>
    public static RegisterRules Resolve(IReadOnlyList<string> headers, IReadOnlyDictionary<string, TemplateColumn> rules)
    {
        var choices = new Dictionary<int, IReadOnlyList<string>>();
        var formulas = new Dictionary<int, ColumnFormula>();
        foreach (var (name, rule) in rules)
        {
            var column = IndexOf(headers, name);
            if (column < 0)
            {
                throw new InvalidTemplateException(
                    $"The column rule '{name}' names no column of the first table. Its columns are: {string.Join(", ", headers.Select(h => $"'{h}'"))}.",
                    name);
            }

            if (rule.Choices is { Count: > 0 } list)
            {
                choices[column] = list;
            }

            if (!string.IsNullOrWhiteSpace(rule.Formula))
            {
                formulas[column] = ColumnFormula.Parse(rule.Formula, headers, headers[column]);
            }
        }

        RejectCircles(formulas, headers);
        return new RegisterRules(choices, formulas);
    }

    /// <summary>
    /// Whether every cell a formula column reads has a value in this row (a formula column counts when its own inputs do).
    /// A row that is only half filled in, such as an unrated check, shows an empty cell there, not a 0.
    /// </summary>
    public bool InputsFilled(ColumnFormula formula, IReadOnlyList<SheetValue> values) =>
        formula.Columns.All(column => Formulas.TryGetValue(column, out var input)
            ? InputsFilled(input, values)
            : values[column].Kind != SheetValueKind.Blank);

    private static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // Excel would open a circle of formulas with a circular-reference warning and zeros; better to fail the build.
    private static void RejectCircles(Dictionary<int, ColumnFormula> formulas, IReadOnlyList<string> headers)
    {
        var finished = new HashSet<int>();
        var path = new List<int>();
        foreach (var column in formulas.Keys)
        {
            Visit(column);
        }

        void Visit(int column)
        {
            if (finished.Contains(column) || !formulas.TryGetValue(column, out var formula))
            {
                return;
            }

            var seen = path.IndexOf(column);
            if (seen >= 0)
            {
                var circle = path[seen..].Append(column).Select(c => $"'{headers[c]}'");
                throw new InvalidTemplateException($"The formulas of columns {string.Join(" → ", circle)} refer to each other in a circle.", headers[column]);
            }

            path.Add(column);
            foreach (var next in formula.Columns)
            {
                Visit(next);
            }

            path.RemoveAt(path.Count - 1);
            finished.Add(column);
        }
    }
}
