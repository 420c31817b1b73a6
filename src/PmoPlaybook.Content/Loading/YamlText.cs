using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoPlaybook.Content.Loading;

/// <summary>Parses YAML so that every malformed input ends in a <see cref="YamlException"/>, which readers turn into a diagnostic.</summary>
public static class YamlText
{
    public static YamlStream Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections ("title: [a, b").
            throw Unclosed(yaml) ?? new YamlException(Mark.Empty, Mark.Empty, "an unclosed [ or { (check brackets and quotes)");
        }
        catch (YamlException e) when (e.Message.Contains("flow", StringComparison.Ordinal))
        {
            // "did not find expected ',' or ']'" is reported where the parser gave up (often the end of the
            // block), not at the bracket that was left open: point at the bracket, where the fix is.
            throw Unclosed(yaml) ?? e;
        }
        return stream;
    }

    /// <summary>The first <c>[</c> or <c>{</c> that opens a list or map and is never closed, as an exception at its place; null if none.</summary>
    private static YamlException? Unclosed(string yaml) =>
        FlowBrackets.FirstUnclosed(yaml) is var (line, column, bracket)
            ? new YamlException(new Mark(0, line, column), new Mark(0, line, column + 1),
                bracket == '['
                    ? "this '[' starts a list that is never closed: end it with ']' (e.g. tags: [a, b])"
                    : "this '{' starts a map that is never closed: end it with '}'")
            : null;

    /// <summary>
    /// Finds flow collections left open. A bracket opens one only where a value starts (after <c>key: </c>, <c>- </c>,
    /// or inside another flow collection): <c>summary: a [draft</c> is plain text in YAML. Quoted text and comments are skipped.
    /// </summary>
    internal static class FlowBrackets
    {
        public static (int Line, int Column, char Bracket)? FirstUnclosed(string yaml)
        {
            var open = new Stack<(int Line, int Column, char Bracket)>();
            var lines = yaml.Split('\n');
            for (var index = 0; index < lines.Length; index++)
            {
                var line = lines[index].TrimEnd('\r');
                var valueStarts = true;
                for (var i = 0; i < line.Length; i++)
                {
                    var c = line[i];
                    if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                    {
                        break;
                    }
                    if (char.IsWhiteSpace(c))
                    {
                        continue;
                    }
                    if (valueStarts && c is '"' or '\'')
                    {
                        i = EndOfQuoted(line, i);
                        valueStarts = false;
                        continue;
                    }
                    switch (c)
                    {
                        case '[' or '{' when valueStarts || open.Count > 0:
                            open.Push((index + 1, i + 1, c));
                            valueStarts = true;
                            continue;
                        case ']' or '}' when open.Count > 0:
                            open.Pop();
                            valueStarts = false;
                            continue;
                        case ',' when open.Count > 0:
                            valueStarts = true;
                            continue;
                        case ':' when i + 1 == line.Length || char.IsWhiteSpace(line[i + 1]) || open.Count > 0:
                            valueStarts = true;
                            continue;
                        case '-' when valueStarts && (i + 1 == line.Length || char.IsWhiteSpace(line[i + 1])):
                            continue;
                        default:
                            valueStarts = false;
                            continue;
                    }
                }
            }
            return open.Count > 0 ? open.Reverse().First() : null;
        }

        /// <summary>The index of the closing quote (or the line's end): 'it''s' doubles single quotes, "a \" b" escapes double ones.</summary>
        private static int EndOfQuoted(string line, int start)
        {
            var quote = line[start];
            for (var i = start + 1; i < line.Length; i++)
            {
                if (quote == '"' && line[i] == '\\')
                {
                    i++;
                }
                else if (line[i] == quote)
                {
                    if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                    {
                        i++;
                        continue;
                    }
                    return i;
                }
            }
            return line.Length;
        }
    }
}
