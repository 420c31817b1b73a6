namespace PmoPlaybook.Templates.Excel;

/// <summary>Hands out sheet names Excel accepts, unique within one workbook.</summary>
internal sealed class UniqueSheetNames
{
    private const int MaxLength = 31;
    private static readonly char[] Invalid = [':', '\\', '/', '?', '*', '[', ']'];
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Claim(string? wanted, string fallback)
    {
        var name = Clean(wanted ?? "");
        if (name.Length == 0)
        {
            name = Clean(fallback);
        }

        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = Cut(name, MaxLength - suffix.Length).TrimEnd() + suffix;
        }

        return candidate;
    }

    internal static string Clean(string wanted)
    {
        var kept = new string([.. wanted.Where(c => Array.IndexOf(Invalid, c) < 0 && !char.IsControl(c))]);
        // Excel rejects names that start or end with an apostrophe, and reserves "History" for change tracking.
        kept = Cut(kept.Trim().Trim('\'').Trim(), MaxLength).Trim().Trim('\'').Trim();
        return kept.Equals("History", StringComparison.OrdinalIgnoreCase) ? kept + " 1" : kept;
    }

    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        // Never split an emoji or other surrogate pair in half.
        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
