using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Formulas;

/// <summary>
/// A spreadsheet function a column formula may call. The list is short on purpose: what registers need
/// (thresholds, rounding, working days), each with the same meaning in Excel, LibreOffice and our own evaluator.
/// </summary>
internal sealed record FormulaFunction(string Name, int MinArguments, int MaxArguments, string Usage, FormulaFunction.Apply Evaluate)
{
    /// <summary>Arguments are evaluated on demand, so IF only evaluates the branch it takes.</summary>
    public delegate FormulaValue Apply(IReadOnlyList<FormulaNode> arguments, Func<FormulaNode, FormulaValue> evaluate);

    public static IReadOnlyList<FormulaFunction> All { get; } =
    [
        new("IF", 2, 3, "IF(condition, value if true, value if false)", If),
        new("AND", 1, 30, "AND(condition, …)", (args, eval) => Logical(args, eval, all: true)),
        new("OR", 1, 30, "OR(condition, …)", (args, eval) => Logical(args, eval, all: false)),
        new("NOT", 1, 1, "NOT(condition)", (args, eval) => Map(eval(args[0]).AsBoolean(), b => FormulaValue.Of(b.Number == 0))),
        new("MIN", 1, 30, "MIN(number, …)", (args, eval) => Extreme(args, eval, Math.Min)),
        new("MAX", 1, 30, "MAX(number, …)", (args, eval) => Extreme(args, eval, Math.Max)),
        new("ABS", 1, 1, "ABS(number)", (args, eval) => Map(eval(args[0]).AsNumber(), n => FormulaValue.Of(Math.Abs(n.Number)))),
        new("ROUND", 2, 2, "ROUND(number, decimals)", Round),
        new("WORKDAY", 2, 2, "WORKDAY(date, working days)", Workday),
    ];

    public static FormulaFunction? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static FormulaValue If(IReadOnlyList<FormulaNode> args, Func<FormulaNode, FormulaValue> eval)
    {
        var condition = eval(args[0]).AsBoolean();
        if (condition.IsError)
        {
            return condition;
        }

        // Excel's IF without a third argument gives FALSE when the condition does not hold.
        return condition.Number != 0 ? Result(eval(args[1])) : args.Count > 2 ? Result(eval(args[2])) : FormulaValue.Of(false);
    }

    // A formula that points at an empty cell shows 0, not an empty cell.
    private static FormulaValue Result(FormulaValue value) => value.Kind == FormulaValueKind.Blank ? FormulaValue.Of(0) : value;

    private static FormulaValue Logical(IReadOnlyList<FormulaNode> args, Func<FormulaNode, FormulaValue> eval, bool all)
    {
        var result = all;
        foreach (var arg in args)
        {
            var value = eval(arg).AsBoolean();
            if (value.IsError)
            {
                return value;
            }

            result = all ? result && value.Number != 0 : result || value.Number != 0;
        }

        return FormulaValue.Of(result);
    }

    // Like Excel, blank and text cells are left out; with no number at all the answer is 0.
    private static FormulaValue Extreme(IReadOnlyList<FormulaNode> args, Func<FormulaNode, FormulaValue> eval, Func<double, double, double> pick)
    {
        double? result = null;
        foreach (var arg in args)
        {
            var value = eval(arg);
            if (value.IsError)
            {
                return value;
            }

            if (value.Kind is FormulaValueKind.Number or FormulaValueKind.Boolean)
            {
                result = result is { } r ? pick(r, value.Number) : value.Number;
            }
        }

        return FormulaValue.Of(result ?? 0);
    }

    private static FormulaValue Round(IReadOnlyList<FormulaNode> args, Func<FormulaNode, FormulaValue> eval)
    {
        var number = eval(args[0]).AsNumber();
        var digits = eval(args[1]).AsNumber();
        if (number.IsError || digits.IsError)
        {
            return number.IsError ? number : digits;
        }

        var places = (int)Math.Truncate(digits.Number);
        if (places >= 0)
        {
            return FormulaValue.Of(Math.Round(number.Number, Math.Min(places, 15), MidpointRounding.AwayFromZero));
        }

        var scale = Math.Pow(10, -places);
        return FormulaValue.Of(Math.Round(number.Number / scale, MidpointRounding.AwayFromZero) * scale);
    }

    // Monday to Friday, no holiday list: the same count Excel and LibreOffice make for WORKDAY(start, days).
    private static FormulaValue Workday(IReadOnlyList<FormulaNode> args, Func<FormulaNode, FormulaValue> eval)
    {
        var start = eval(args[0]).AsNumber();
        var days = eval(args[1]).AsNumber();
        if (start.IsError || days.IsError)
        {
            return start.IsError ? start : days;
        }

        if (start.Number < 61)
        {
            return FormulaValue.Error("#NUM!");
        }

        var date = SheetValue.DateOf(start.Number);
        var remaining = (int)Math.Truncate(days.Number);
        var step = Math.Sign(remaining);
        while (remaining != 0)
        {
            date = date.AddDays(step);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                remaining -= step;
            }
        }

        return FormulaValue.Of(SheetValue.OfDate(date).Number);
    }

    private static FormulaValue Map(FormulaValue value, Func<FormulaValue, FormulaValue> apply) => value.IsError ? value : apply(value);
}
