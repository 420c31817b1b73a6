using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PmoPlaybook.Content.Markdown;

/// <summary>
/// Wide tables scroll sideways on small screens, and say so. Each table is written inside a scrolling
/// region that the keyboard can reach (tabindex="0", WCAG 2.1.1), named by the heading the table sits
/// under, and a frame around it on which the theme draws the shadows that show there is more to either side.
/// </summary>
public sealed class ScrollableTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new ScrollableTableRenderer());
        }
    }

    private sealed class ScrollableTableRenderer : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"table-frame\"><div class=\"table-scroll\" tabindex=\"0\"");
            if (HeadingBefore(table)?.GetAttributes().Id is { Length: > 0 } id)
            {
                renderer.Write(" role=\"region\" aria-labelledby=\"").WriteEscape(id).Write('"');
            }
            renderer.WriteLine(">");
            base.Write(renderer, table);
            renderer.WriteLine("</div></div>");
        }

        /// <summary>The last heading before the table at the document's top level: the section it belongs to.</summary>
        private static HeadingBlock? HeadingBefore(Block block)
        {
            while (block.Parent is { } parent and not MarkdownDocument)
            {
                block = parent;
            }
            if (block.Parent is not MarkdownDocument document)
            {
                return null;
            }
            for (var i = document.IndexOf(block) - 1; i >= 0; i--)
            {
                if (document[i] is HeadingBlock heading)
                {
                    return heading;
                }
            }
            return null;
        }
    }
}
