using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PmoPlaybook.Content.Markdown;

/// <summary>
/// Wide tables scroll sideways on small screens; a scrolling region must be reachable by keyboard
/// (WCAG 2.1.1), so every table gets tabindex="0".
/// </summary>
public sealed class FocusableTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += MakeTablesFocusable;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void MakeTablesFocusable(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            table.GetAttributes().AddPropertyIfNotExist("tabindex", "0");
        }
    }
}
