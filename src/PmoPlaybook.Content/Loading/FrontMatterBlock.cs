namespace PmoPlaybook.Content.Loading;

/// <summary>
/// Splits a page into its front matter and its Markdown body, remembering on which file line the body
/// starts so Markdown positions can be reported as file positions.
/// </summary>
public sealed record FrontMatterBlock(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>Null when the file does not open with a closed <c>---</c> fence.</summary>
    public static FrontMatterBlock? Split(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        using var reader = new StringReader(text);
        if (reader.ReadLine()?.TrimEnd() != "---")
        {
            return null;
        }
        var yaml = new System.Text.StringBuilder();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.TrimEnd();
            if (trimmed is "---" or "...")
            {
                return new FrontMatterBlock(yaml.ToString(), 2, reader.ReadToEnd(), lineNumber + 1);
            }
            yaml.Append(line).Append('\n');
        }
        return null;
    }
}
