using System.Globalization;

namespace PmoPlaybook.Templates.Values;

public enum SheetValueKind
{
    Blank,
    Number,
    Date,
    Text,
}

/// <summary>
/// What a Markdown table cell holds once read the way a spreadsheet would store it: nothing, a number
/// (with how it was written: decimals and thousands grouping, so the sheet can show it the same way),
/// a date (an ISO <c>yyyy-MM-dd</c> date, stored as Excel's day number) or text.
/// </summary>
public sealed record SheetValue(SheetValueKind Kind, double Number, string Text, int Decimals = 0, bool Grouped = false)
{
    /// <summary>Excel's day 0; serial numbers from 61 on (1 March 1900) count days from here.</summary>
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    public static SheetValue Blank { get; } = new(SheetValueKind.Blank, 0, "");

    public static SheetValue OfText(string text) => new(SheetValueKind.Text, 0, text);

    public static SheetValue OfDate(DateOnly date) =>
        new(SheetValueKind.Date, date.DayNumber - Epoch.DayNumber, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static DateOnly DateOf(double serial) => Epoch.AddDays((int)Math.Floor(serial));

    /// <summary>Reads a cell as written in a page of the given language ("4,200" in English, "4 200" and "5,3" in Swedish).</summary>
    public static SheetValue Parse(string? text, NumberStyle style)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return Blank;
        }

        if (TryDate(trimmed, out var date))
        {
            return OfDate(date);
        }

        return style.TryNumber(trimmed, out var number, out var decimals, out var grouped)
            ? new SheetValue(SheetValueKind.Number, number, trimmed, decimals, grouped)
            : OfText(trimmed);
    }

    private static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        return text.Length == 10 && text[4] == '-' && text[7] == '-'
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date > Epoch.AddDays(60);
    }
}
