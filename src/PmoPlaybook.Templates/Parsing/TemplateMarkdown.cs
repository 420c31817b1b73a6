using Markdig;
using Markdig.Syntax;

namespace PmoPlaybook.Templates.Parsing;

internal static class TemplateMarkdown
{
    // Built once: building is the costly part, and a built pipeline is safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown ?? "", Pipeline);
}
