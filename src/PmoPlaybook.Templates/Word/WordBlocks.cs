using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using MarkdownFootnote = Markdig.Extensions.Footnotes.Footnote;
using MarkdownTable = Markdig.Extensions.Tables.Table;

namespace PmoPlaybook.Templates.Word;

/// <summary>Markdown blocks as body elements of a Word document.</summary>
internal sealed class WordBlocks(WordNumbering numbering, WordPage page)
{
    private readonly List<OpenXmlElement> elements = [];

    public IReadOnlyList<OpenXmlElement> Render(MarkdownDocument document)
    {
        WriteAll(document, default);
        return elements;
    }

    private void WriteAll(ContainerBlock container, Layout layout)
    {
        foreach (var block in container)
        {
            Write(block, layout);
        }
    }

    private void Write(Block block, Layout layout)
    {
        switch (block)
        {
            case HeadingBlock heading:
                elements.Add(Paragraph(WordStyles.Heading(heading.Level), layout, WordInlines.Runs(heading.Inline)));
                break;
            case ParagraphBlock paragraph:
                elements.Add(Paragraph(layout.TextStyle, layout, WordInlines.Runs(paragraph.Inline)));
                break;
            case ListBlock list:
                WriteList(list, layout);
                break;
            case QuoteBlock quote:
                WriteAll(quote, layout with { QuoteDepth = layout.QuoteDepth + 1 });
                break;
            case MarkdownTable table:
                elements.Add(WordTables.Create(table, page.TextWidth));
                // Two tables in a row would merge into one, and a body may not end in a table.
                elements.Add(new Paragraph());
                break;
            case CodeBlock code:
                elements.Add(Paragraph(WordStyles.Code, layout, CodeRuns(code)));
                break;
            case ThematicBreakBlock:
                elements.Add(new Paragraph(new ParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "BFBFBF" }),
                }));
                break;
            case MarkdownFootnote footnote:
                WriteFootnote(footnote, layout);
                break;
            case HtmlBlock or LinkReferenceDefinitionGroup:
                break;
            case ContainerBlock container:
                WriteAll(container, layout);
                break;
            case LeafBlock { Inline: not null } leaf:
                elements.Add(Paragraph(layout.TextStyle, layout, WordInlines.Runs(leaf.Inline)));
                break;
        }
    }

    private void WriteList(ListBlock list, Layout layout)
    {
        var level = Math.Min(layout.ListDepth, WordNumbering.MaxLevel);
        var inner = layout with { ListDepth = layout.ListDepth + 1 };
        int? instance = null;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    // A task item shows its box instead of a bullet, so it takes no numbering.
                    var isTask = paragraph.Inline?.FirstChild is TaskList;
                    var numberId = isTask ? (int?)null : instance ??= list.IsOrdered ? numbering.Ordered(level, Start(list)) : numbering.Bulleted();
                    elements.Add(Paragraph(WordStyles.ListParagraph, inner, WordInlines.Runs(paragraph.Inline), numberId is { } id ? (id, level) : null, hanging: true));
                }
                else
                {
                    Write(child, inner);
                }

                first = false;
            }
        }
    }

    // Footnotes stay at the end of the body, as on the web page, each led by the number its marker shows.
    private void WriteFootnote(MarkdownFootnote footnote, Layout layout)
    {
        var first = true;
        foreach (var child in footnote)
        {
            if (first && child is ParagraphBlock paragraph)
            {
                var runs = WordInlines.Runs(paragraph.Inline);
                runs.Insert(0, WordInlines.Text($"{footnote.Order} ", new RunFormat(Superscript: true)));
                elements.Add(Paragraph(layout.TextStyle, layout, runs));
            }
            else
            {
                Write(child, layout);
            }

            first = false;
        }
    }

    private static int Start(ListBlock list) =>
        int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;

    private static List<OpenXmlElement> CodeRuns(CodeBlock code)
    {
        var runs = new List<OpenXmlElement>();
        var lines = code.Lines.ToString().Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                runs.Add(new Run(new Break()));
            }

            runs.Add(WordInlines.Text(lines[i].TrimEnd('\r').Replace("\t", "    ", StringComparison.Ordinal)));
        }

        return runs;
    }

    private static Paragraph Paragraph(string style, Layout layout, IEnumerable<OpenXmlElement> runs, (int Id, int Level)? number = null, bool hanging = false)
    {
        var properties = new ParagraphProperties();
        if (style != WordStyles.Normal)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (number is { } numbered)
        {
            properties.NumberingProperties = new NumberingProperties(
                new NumberingLevelReference { Val = numbered.Level },
                new NumberingId { Val = numbered.Id });
        }

        if (layout.Indent > 0)
        {
            // List items hang their bullet, number or box in the 360 twips before the text.
            properties.Indentation = new Indentation { Left = layout.Indent.ToString(CultureInfo.InvariantCulture) };
            if (hanging)
            {
                properties.Indentation.Hanging = "360";
            }
        }

        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>Where a block sits: inside how many quotes and how deep in nested lists.</summary>
    private readonly record struct Layout(int QuoteDepth, int ListDepth)
    {
        public int Indent => 720 * (QuoteDepth + ListDepth);

        public string TextStyle => QuoteDepth > 0 ? WordStyles.Quote : ListDepth > 0 ? WordStyles.ListParagraph : WordStyles.Normal;
    }
}
