using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;
using PmoPlaybook.Content.Markdown;
using PmoPlaybook.Templates.Parsing;

namespace PmoPlaybook.Templates.Word;

/// <summary>Markdown inlines as Word runs.</summary>
internal static class WordInlines
{
    public static List<OpenXmlElement> Runs(ContainerInline? inline, RunFormat format = default)
    {
        var runs = new List<OpenXmlElement>();
        if (inline is not null)
        {
            AppendChildren(inline, format, runs);
        }

        return runs;
    }

    public static Run Text(string text, RunFormat format = default)
    {
        var run = new Run();
        if (format.ToProperties() is { } properties)
        {
            run.Append(properties);
        }

        run.Append(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static void AppendChildren(ContainerInline container, RunFormat format, List<OpenXmlElement> runs)
    {
        foreach (var child in container)
        {
            Append(child, format, runs);
        }
    }

    private static void Append(Inline inline, RunFormat format, List<OpenXmlElement> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(Text(InlineText.Literal(literal), format));
                break;
            case CodeInline code:
                runs.Add(Text(code.Content, format with { Code = true }));
                break;
            case LineBreakInline lineBreak:
                runs.Add(lineBreak.IsHard ? new Run(new Break()) : Text(" ", format));
                break;
            case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                runs.Add(new Run(new Break()));
                break;
            case HtmlEntityInline entity:
                runs.Add(Text(entity.Transcoded.ToString(), format));
                break;
            case AutolinkInline autolink:
                runs.Add(Text(autolink.Url, format));
                break;
            case TaskList task:
                // The tab lands on the hanging indent of the item, so the box sits where a bullet would.
                runs.Add(new Run(new Text(task.Checked ? "☒" : "☐"), new TabChar()));
                break;
            case FootnoteLink { IsBackLink: false } footnote:
                runs.Add(Text(footnote.Footnote.Order.ToString(CultureInfo.InvariantCulture), format with { Superscript = true }));
                break;
            case LinkInline link:
                AppendChildren(link, format, runs);
                if (ShowsUrl(link))
                {
                    runs.Add(Text($" ({link.Url})", format));
                }

                break;
            case EmphasisInline emphasis:
                AppendChildren(emphasis, Emphasis(emphasis, format), runs);
                break;
            case ContainerInline container:
                AppendChildren(container, format, runs);
                break;
        }
    }

    // A printed or offline document cannot follow a site-relative link, so only web addresses are worth showing,
    // and only when the link text does not already say them.
    private static bool ShowsUrl(LinkInline link) =>
        !link.IsImage
        && !link.IsAutoLink
        && Uri.TryCreate(link.Url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.Equals(InlineText.Of(link), link.Url, StringComparison.OrdinalIgnoreCase);

    private static RunFormat Emphasis(EmphasisInline emphasis, RunFormat format) =>
        (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('*' or '_', 1) => format with { Italic = true },
            ('*' or '_', 2) => format with { Bold = true },
            ('*' or '_', _) => format with { Bold = true, Italic = true },
            ('~', 1) => format with { Subscript = true },
            ('~', _) => format with { Strike = true },
            ('^', _) => format with { Superscript = true },
            ('+', _) => format with { Underline = true },
            ('=', _) => format with { Highlight = true },
            _ => format,
        };
}
