using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PmoPlaybook.Search.Snippets;

/// <summary>
/// What counts as a match in a snippet: analyzed (stemmed) terms, words as written (typo corrections),
/// and unfinished words (prefixes of the word as written).
/// </summary>
public sealed record MatchTerms(IReadOnlySet<string> Terms, IReadOnlySet<string> Words, IReadOnlyList<string> Prefixes)
{
    public bool Matches(string term, string written) =>
        Terms.Contains(term) || Words.Contains(written) || Prefixes.Any(p => written.StartsWith(p, StringComparison.Ordinal));
}

/// <summary>
/// The best short passage of a text for a query, HTML-escaped, with matches in &lt;mark&gt;. Built from the
/// analyzer's own token offsets (the Highlighter package is not available here), so a stemmed match
/// ("risks" for "risk") is marked on the word as written.
/// </summary>
public static class SnippetBuilder
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Build(string text, Analyzer analyzer, string field, MatchTerms match, int length = 180)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        // Same length, so token offsets still fit: a snippet is one line.
        text = text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        var matches = FindMatches(text, analyzer, field, match);
        var (start, end) = Window(text, matches, length);
        var html = new StringBuilder(length + 64);
        if (start > 0)
        {
            html.Append('…');
        }
        var position = start;
        foreach (var (from, to) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            if (from < position)
            {
                continue; // overlapping tokens (a word and its parts): the first already marked it
            }
            html.Append(Encoder.Encode(text[position..from]));
            html.Append("<mark>").Append(Encoder.Encode(text[from..to])).Append("</mark>");
            position = to;
        }
        html.Append(Encoder.Encode(text[position..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }
        return html.ToString();
    }

    private static List<(int Start, int End)> FindMatches(string text, Analyzer analyzer, string field, MatchTerms match)
    {
        var matches = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (match.Matches(term.ToString(), text[offset.StartOffset..offset.EndOffset].ToLowerInvariant()))
            {
                matches.Add((offset.StartOffset, offset.EndOffset));
            }
        }
        stream.End();
        return matches;
    }

    /// <summary>The window of about <paramref name="length"/> characters holding the most matches, cut at spaces.</summary>
    private static (int Start, int End) Window(string text, List<(int Start, int End)> matches, int length)
    {
        if (text.Length <= length)
        {
            return (0, text.Length);
        }
        var bestStart = 0;
        var bestCount = 0;
        foreach (var (candidate, _) in matches)
        {
            var count = matches.Count(m => m.Start >= candidate && m.End <= candidate + length);
            if (count > bestCount)
            {
                (bestStart, bestCount) = (candidate, count);
            }
        }
        // Lead in with a few words of context before the first match.
        var start = bestCount == 0 ? 0 : Math.Max(0, bestStart - length / 5);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < bestStart ? space + 1 : start;
        }
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        // Never cut a surrogate pair in two.
        if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
