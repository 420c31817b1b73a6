using System.Globalization;
using PmoPlaybook.Templates.Excel;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Formulas;

/// <summary>
/// A column formula written with header names (<c>Cost of delay / Job size</c>, <c>IF(Score &gt;= 20, "Critical", …)</c>),
/// parsed once (<see cref="FormulaParser"/>) and then written for any row with cell references (<c>F2/G2</c>), or
/// evaluated over a row's values, so `pmo check` can tell when an example row shows something the formula would not.
/// </summary>
internal sealed class ColumnFormula
{
    private readonly FormulaNode root;

    private ColumnFormula(FormulaNode root) => this.root = root;

    /// <summary>Zero-based columns the formula reads.</summary>
    public IEnumerable<int> Columns => ColumnsOf(root).Distinct();

    /// <exception cref="InvalidTemplateException">The formula names a column that is not a header, calls an unknown function, or is malformed.</exception>
    public static ColumnFormula Parse(string formula, IReadOnlyList<string> headers, string column) =>
        new(FormulaParser.Parse(formula, headers, column));

    public string ForRow(int row) => Write(root, row);

    /// <summary>
    /// For a row still to be filled in: blank until every cell the formula reads has a value, so an empty
    /// register shows empty cells, not a column of zeros, #DIV/0! or a band for a score nobody gave.
    /// </summary>
    public string ForEmptyRow(int row)
    {
        var inputs = Columns.Select(column => ColumnLetters.Cell(column, row) + "=\"\"").ToArray();
        return inputs.Length == 0 ? ForRow(row) : $"IF(OR({string.Join(',', inputs)}),\"\",{ForRow(row)})";
    }

    /// <summary>What the cell shows for a row whose cells hold <paramref name="cell"/>'s values (a reference to an empty cell shows 0).</summary>
    public FormulaValue Evaluate(Func<int, FormulaValue> cell)
    {
        var value = Evaluate(root, cell);
        return value.Kind == FormulaValueKind.Blank ? FormulaValue.Of(0) : value;
    }

    /// <summary>
    /// What kind of value the formula gives, for a column without examples to tell: text for IF(…, "High", …),
    /// a date for WORKDAY or a date plus days, a number otherwise. <paramref name="column"/> gives the kind of a column it reads.
    /// </summary>
    public ColumnKind ResultKind(Func<int, ColumnKind> column) => KindOf(root, column);

    private static ColumnKind KindOf(FormulaNode node, Func<int, ColumnKind> column) => node switch
    {
        TextNode => ColumnKind.Text,
        ColumnNode c => column(c.Column),
        GroupNode g => KindOf(g.Inner, column),
        BinaryNode { Operator: "+" or "-" or "*" or "/" } b => (KindOf(b.Left, column), KindOf(b.Right, column), b.Operator) switch
        {
            (ColumnKind.Date, ColumnKind.Number, "+" or "-") or (ColumnKind.Number, ColumnKind.Date, "+") => ColumnKind.Date,
            _ => ColumnKind.Number,
        },
        BinaryNode => ColumnKind.Text,
        CallNode { Function.Name: "WORKDAY" } => ColumnKind.Date,
        CallNode { Function.Name: "IF" } call => KindOf(call.Arguments[1], column),
        CallNode { Function.Name: "MIN" or "MAX" } call => KindOf(call.Arguments[0], column),
        CallNode { Function.Name: "AND" or "OR" or "NOT" } => ColumnKind.Text,
        _ => ColumnKind.Number,
    };

    private static IEnumerable<int> ColumnsOf(FormulaNode node) => node switch
    {
        ColumnNode c => [c.Column],
        SignNode s => ColumnsOf(s.Operand),
        BinaryNode b => ColumnsOf(b.Left).Concat(ColumnsOf(b.Right)),
        GroupNode g => ColumnsOf(g.Inner),
        CallNode call => call.Arguments.SelectMany(ColumnsOf),
        _ => [],
    };

    private static string Write(FormulaNode node, int row) => node switch
    {
        NumberNode n => n.Written,
        TextNode t => $"\"{t.Value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"",
        ColumnNode c => ColumnLetters.Cell(c.Column, row),
        SignNode s => s.Sign + Write(s.Operand, row),
        BinaryNode b => Write(b.Left, row) + b.Operator + Write(b.Right, row),
        GroupNode g => $"({Write(g.Inner, row)})",
        CallNode call => $"{call.Function.Name}({string.Join(',', call.Arguments.Select(a => Write(a, row)))})",
        _ => throw new InvalidOperationException($"Unknown formula node {node.GetType().Name}."),
    };

    private static FormulaValue Evaluate(FormulaNode node, Func<int, FormulaValue> cell) => node switch
    {
        NumberNode n => FormulaValue.Of(n.Value),
        TextNode t => FormulaValue.Of(t.Value),
        ColumnNode c => cell(c.Column),
        SignNode s => Arithmetic(s.Sign == '-' ? "*" : "+", FormulaValue.Of(s.Sign == '-' ? -1 : 0), Evaluate(s.Operand, cell)),
        GroupNode g => Evaluate(g.Inner, cell),
        BinaryNode b => Binary(b.Operator, Evaluate(b.Left, cell), Evaluate(b.Right, cell)),
        CallNode call => call.Function.Evaluate(call.Arguments, argument => Evaluate(argument, cell)),
        _ => throw new InvalidOperationException($"Unknown formula node {node.GetType().Name}."),
    };

    private static FormulaValue Binary(string op, FormulaValue left, FormulaValue right)
    {
        if (left.IsError || right.IsError)
        {
            return left.IsError ? left : right;
        }

        return op switch
        {
            "+" or "-" or "*" or "/" => Arithmetic(op, left, right),
            "&" => FormulaValue.Of(left.AsText() + right.AsText()),
            _ => Compare(op, left, right),
        };
    }

    private static FormulaValue Arithmetic(string op, FormulaValue left, FormulaValue right)
    {
        var a = left.AsNumber();
        var b = right.AsNumber();
        if (a.IsError || b.IsError)
        {
            return a.IsError ? a : b;
        }

        return op switch
        {
            "+" => FormulaValue.Of(a.Number + b.Number),
            "-" => FormulaValue.Of(a.Number - b.Number),
            "*" => FormulaValue.Of(a.Number * b.Number),
            _ => b.Number == 0 ? FormulaValue.Error("#DIV/0!") : FormulaValue.Of(a.Number / b.Number),
        };
    }

    // Excel orders numbers before text before TRUE/FALSE, compares text without regard to case,
    // and reads an empty cell as 0, "" or FALSE, whichever it is compared with.
    private static FormulaValue Compare(string op, FormulaValue left, FormulaValue right)
    {
        (left, right) = (AsKindOf(left, right), AsKindOf(right, left));
        var order = Rank(left) != Rank(right) ? Rank(left).CompareTo(Rank(right))
            : left.Kind == FormulaValueKind.Text ? string.Compare(left.Text, right.Text, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase)
            : left.Number.CompareTo(right.Number);
        return FormulaValue.Of(op switch
        {
            "=" => order == 0,
            "<>" => order != 0,
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        });
    }

    private static FormulaValue AsKindOf(FormulaValue value, FormulaValue other) =>
        value.Kind != FormulaValueKind.Blank ? value : other.Kind switch
        {
            FormulaValueKind.Text => FormulaValue.Of(""),
            FormulaValueKind.Boolean => FormulaValue.Of(false),
            _ => FormulaValue.Of(0),
        };

    private static int Rank(FormulaValue value) => value.Kind switch
    {
        FormulaValueKind.Text => 1,
        FormulaValueKind.Boolean => 2,
        _ => 0,
    };
}
