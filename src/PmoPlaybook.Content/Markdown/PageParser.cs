using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Content.Markdown;

/// <summary>The outcome of reading one file: a page when it can be used, and what was wrong with it.</summary>
public sealed record PageParseResult(Page? Page, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads one page: front matter, Markdown (parsed once), headings and links collected, links rewritten
/// to clean URLs, body rendered to HTML. Thread-safe; one instance serves a parallel build.
/// </summary>
public sealed class PageParser(SiteConfig config, MarkdownPipeline? pipeline = null)
{
    private readonly MarkdownPipeline _pipeline = pipeline ?? MarkdownPipelineFactory.Shared;

    public PageParseResult Parse(ContentPath path, string text)
    {
        var block = FrontMatterBlock.Split(text);
        if (block is null)
        {
            return new PageParseResult(null, [Diagnostic.Error(path.Value, 1, 1, DiagnosticCodes.MissingFrontMatter,
                "a page must start with front matter between two '---' lines (title, type, summary)")]);
        }

        var (meta, diagnostics) = FrontMatterReader.Read(block.Yaml, path.Value, block.YamlFirstLine);
        if (meta is null)
        {
            return new PageParseResult(null, diagnostics);
        }

        var document = Markdig.Markdown.Parse(block.Body, _pipeline);
        var lineOffset = block.BodyFirstLine;
        var headings = CollectHeadings(document, lineOffset);
        var links = RewriteLinks(document, path, lineOffset);

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);

        var page = new Page(path, meta, writer.ToString(), headings, links, CountWords(block.Body))
        {
            Sections = PlainText.Sections(document),
        };
        return new PageParseResult(page, diagnostics);
    }

    private static List<Heading> CollectHeadings(MarkdownDocument document, int lineOffset)
    {
        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (!string.IsNullOrEmpty(id))
            {
                headings.Add(new Heading(heading.Level, InlineText.Of(heading.Inline), id, lineOffset + heading.Line));
            }
        }
        return headings;
    }

    private List<LinkReference> RewriteLinks(MarkdownDocument document, ContentPath path, int lineOffset)
    {
        var links = new List<LinkReference>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is null)
            {
                continue;
            }
            var target = LinkResolver.Resolve(path, link.Url);
            links.Add(new LinkReference(link.Url, target, lineOffset + link.Line, link.Column + 1, link.IsImage));
            if (LinkResolver.Rewrite(target, config) is { } url)
            {
                link.Url = url;
            }
        }
        return links;
    }

    private static int CountWords(string body)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in body)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }
            inWord = isWordChar;
        }
        return count;
    }
}
