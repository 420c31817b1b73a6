using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Markdown;

/// <summary>The words of a parsed page, without markup, split at h2 headings (see <see cref="TextSection"/>).</summary>
public static class PlainText
{
    public static IReadOnlyList<TextSection> Sections(MarkdownDocument document)
    {
        var sections = new List<TextSection>();
        string? id = null;
        string? heading = null;
        var text = new StringBuilder();

        void Flush()
        {
            if (heading is not null || text.Length > 0)
            {
                sections.Add(new TextSection(id, heading, text.ToString().Trim()));
            }
            text.Clear();
        }

        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is HeadingBlock { Level: 2 } h2)
            {
                Flush();
                id = h2.GetAttributes().Id;
                heading = InlineText.Of(h2.Inline);
                continue;
            }
            var words = leaf.Inline is not null ? InlineText.Of(leaf.Inline) : leaf.Lines.ToString();
            if (words.Length > 0)
            {
                text.Append(words).Append('\n');
            }
        }
        Flush();
        return sections;
    }
}
