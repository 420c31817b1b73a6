using System.Text;

namespace PmoPlaybook.Search.Querying;

/// <summary>
/// What a reader typed, understood as plain search input (never Lucene syntax): words, "quoted phrases"
/// and -excluded words or phrases. Everything else is just text, so no input can fail to parse.
/// </summary>
public sealed record UserQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases, IReadOnlyList<string> Excluded, string? Prefix)
{
    public const int MaxLength = 200;
    public const int MaxParts = 12;

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0 && Prefix is null;

    public static UserQuery Parse(string? input)
    {
        var text = (input ?? "").Length > MaxLength ? input![..MaxLength] : input ?? "";
        var words = new List<string>();
        var phrases = new List<string>();
        var excluded = new List<string>();
        var i = 0;
        while (i < text.Length && words.Count + phrases.Count + excluded.Count < MaxParts)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsControl(text[i]))
            {
                i++;
                continue;
            }
            var negate = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negate)
            {
                i++;
            }
            string part;
            var quoted = text[i] == '"';
            if (quoted)
            {
                var close = text.IndexOf('"', i + 1);
                part = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
                {
                    i++;
                }
                part = text[start..i];
            }
            part = Clean(part);
            if (part.Length == 0)
            {
                continue;
            }
            (negate ? excluded : quoted ? phrases : words).Add(part);
        }

        // As the reader types, the last word is probably unfinished: match it as a prefix too.
        string? prefix = null;
        if (words.Count > 0 && text.Length > 0 && !char.IsWhiteSpace(text[^1]) && text[^1] != '"' && text.TrimEnd().EndsWith(words[^1], StringComparison.Ordinal))
        {
            prefix = words[^1];
            words.RemoveAt(words.Count - 1);
        }
        return new UserQuery(words, phrases, excluded, prefix);
    }

    /// <summary>Keeps letters, digits and the punctuation inside words; control characters and lone symbols go.</summary>
    private static string Clean(string part)
    {
        var clean = new StringBuilder(part.Length);
        foreach (var c in WithoutLoneSurrogates(part).Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '\'' or '.' or '/' or '&' || char.IsWhiteSpace(c))
            {
                clean.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }
        return clean.ToString().Trim(' ', '-', '.', '\'', '/', '&');
    }

    /// <summary>Half an emoji (a lone surrogate) is not text; Unicode normalisation would reject the string.</summary>
    private static string WithoutLoneSurrogates(string part)
    {
        var text = new StringBuilder(part.Length);
        for (var i = 0; i < part.Length; i++)
        {
            if (char.IsHighSurrogate(part[i]) && i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]))
            {
                text.Append(part[i]).Append(part[++i]);
            }
            else if (!char.IsSurrogate(part[i]))
            {
                text.Append(part[i]);
            }
        }
        return text.ToString();
    }
}
