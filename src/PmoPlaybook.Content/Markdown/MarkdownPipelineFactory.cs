using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace PmoPlaybook.Content.Markdown;

/// <summary>The one Markdig pipeline every page goes through; built once, shared by all threads.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            // GitHub-style ids first: UseAdvancedExtensions would otherwise register the ASCII-only
            // variant and Swedish headings would lose å, ä and ö from their anchors.
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAdvancedExtensions()
            .Use<ScrollableTablesExtension>()
            .Build();
}
