using System.Globalization;

namespace PmoPlaybook.Templates.Values;

/// <summary>
/// How numbers are written in a page's language: the decimal mark and the thousands separator
/// (English "4,200.5", Swedish "4 200,5"). Anything else stays text, so identifiers and phrases are never mangled.
/// </summary>
public sealed record NumberStyle(char DecimalMark, char GroupSeparator)
{
    public static NumberStyle Invariant { get; } = new('.', ',');

    /// <summary>The style of a language code such as "sv"; the invariant style when .NET does not know it.</summary>
    public static NumberStyle For(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return Invariant;
        }

        try
        {
            var format = CultureInfo.GetCultureInfo(language.Trim(), predefinedOnly: true).NumberFormat;
            var group = format.NumberGroupSeparator;
            // Swedish groups with a no-break space, but editors type an ordinary one; both are accepted.
            var separator = group.Length == 1 ? (char.IsWhiteSpace(group[0]) ? ' ' : group[0]) : ' ';
            return format.NumberDecimalSeparator.Length == 1 ? new NumberStyle(format.NumberDecimalSeparator[0], separator) : Invariant;
        }
        catch (CultureNotFoundException)
        {
            return Invariant;
        }
    }

    public bool TryNumber(string text, out double number, out int decimals, out bool grouped)
    {
        number = 0;
        decimals = 0;
        grouped = false;
        var negative = text.StartsWith('-') || text.StartsWith('\u2212');
        var body = negative ? text[1..] : text;
        var mark = body.IndexOf(DecimalMark);
        var whole = mark < 0 ? body : body[..mark];
        var fraction = mark < 0 ? "" : body[(mark + 1)..];
        if (whole.Length == 0 || (mark >= 0 && fraction.Length == 0) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        var groups = SplitGroups(whole);
        grouped = groups.Length > 1;
        if (!groups.All(g => g.Length > 0 && g.All(char.IsAsciiDigit))
            || (grouped && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3))))
        {
            return false;
        }

        var digits = string.Concat(groups);
        // Leading zeros carry meaning in identifiers such as "007", and a number would lose them;
        // so would long identifiers, since Excel keeps only 15 significant digits.
        if ((digits.Length > 1 && digits[0] == '0') || digits.Length + fraction.Length > 15)
        {
            return false;
        }

        decimals = fraction.Length;
        var invariant = fraction.Length == 0 ? digits : digits + "." + fraction;
        if (!double.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number))
        {
            return false;
        }

        number = negative ? -number : number;
        return true;
    }

    private string[] SplitGroups(string whole)
    {
        var groups = new List<string>();
        var start = 0;
        for (var i = 0; i < whole.Length; i++)
        {
            if (IsGroupSeparator(whole[i]))
            {
                groups.Add(whole[start..i]);
                start = i + 1;
            }
        }

        groups.Add(whole[start..]);
        return [.. groups];
    }

    private bool IsGroupSeparator(char c) =>
        GroupSeparator == ' ' ? c is ' ' or '\u00A0' or '\u202F' : c == GroupSeparator;
}
