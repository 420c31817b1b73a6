using System.Globalization;

namespace PmoPlaybook.Templates.Formulas;

internal enum FormulaValueKind
{
    Blank,
    Number,
    Text,
    Boolean,
    Error,
}

/// <summary>What a formula evaluates to, with Excel's conversions between kinds.</summary>
internal readonly record struct FormulaValue(FormulaValueKind Kind, double Number = 0, string Text = "")
{
    public static FormulaValue Blank => new(FormulaValueKind.Blank);

    public static FormulaValue Of(double number) =>
        double.IsFinite(number) ? new(FormulaValueKind.Number, number) : Error("#NUM!");

    public static FormulaValue Of(string text) => new(FormulaValueKind.Text, Text: text);

    public static FormulaValue Of(bool value) => new(FormulaValueKind.Boolean, value ? 1 : 0);

    public static FormulaValue Error(string code) => new(FormulaValueKind.Error, Text: code);

    public bool IsError => Kind == FormulaValueKind.Error;

    /// <summary>Blank counts as 0 and TRUE as 1; text that is not a number is #VALUE!, as in Excel.</summary>
    public FormulaValue AsNumber() => Kind switch
    {
        FormulaValueKind.Blank => Of(0),
        FormulaValueKind.Number or FormulaValueKind.Boolean => Of(Number),
        FormulaValueKind.Text when double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => Of(n),
        FormulaValueKind.Text => Error("#VALUE!"),
        _ => this,
    };

    public FormulaValue AsBoolean() => Kind switch
    {
        FormulaValueKind.Blank => Of(false),
        FormulaValueKind.Number or FormulaValueKind.Boolean => Of(Number != 0),
        FormulaValueKind.Text when bool.TryParse(Text, out var b) => Of(b),
        FormulaValueKind.Text => Error("#VALUE!"),
        _ => this,
    };

    public string AsText() => Kind switch
    {
        FormulaValueKind.Blank => "",
        FormulaValueKind.Number => Number.ToString("G15", CultureInfo.InvariantCulture),
        FormulaValueKind.Boolean => Number != 0 ? "TRUE" : "FALSE",
        _ => Text,
    };

    public override string ToString() => Kind == FormulaValueKind.Blank ? "(blank)" : AsText();
}
