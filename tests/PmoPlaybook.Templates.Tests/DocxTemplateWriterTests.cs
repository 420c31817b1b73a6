using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PmoPlaybook.Templates.Tests;

public class DocxTemplateWriterTests
{
    [Fact]
    public void Writes_documents_without_schema_errors()
    {
        foreach (var source in new[] { TestSources.Document(), TestSources.RiskRegister(), TestSources.Wsjf() })
        {
            using var docx = Open(source);
            OpenXmlAssert.Valid(docx);
        }
    }

    [Fact]
    public void Starts_with_the_title_and_the_version_line()
    {
        using var docx = Open(TestSources.Document());
        var paragraphs = Paragraphs(docx);

        Assert.Equal(("Title", "Project charter"), paragraphs[0]);
        Assert.Equal(("Subtitle", "Version 3.0 · English"), paragraphs[1]);
        Assert.Equal("Agree on why the project exists, what it delivers and who decides.", paragraphs[2].Text);
    }

    [Fact]
    public void Names_the_language_in_that_language()
    {
        using var docx = Open(TestSources.Wsjf());

        Assert.Equal("Version 1.0 · Svenska", Paragraphs(docx)[1].Text);
    }

    [Fact]
    public void Headings_get_word_heading_styles_that_are_defined()
    {
        using var docx = Open(TestSources.Document());
        var paragraphs = Paragraphs(docx);

        Assert.Contains(("Heading1", "Charter"), paragraphs);
        Assert.Contains(("Heading2", "Background"), paragraphs);
        var styles = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(style => style.StyleId!.Value).ToList();
        Assert.All(paragraphs.Select(p => p.Style).Where(style => style.Length > 0).Distinct(), style => Assert.Contains(style, styles));
    }

    [Fact]
    public void Emphasis_and_code_become_run_formatting()
    {
        using var docx = Open(TestSources.Document());
        var runs = docx.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();

        Assert.NotNull(runs.Single(run => run.InnerText == "sponsor").RunProperties!.Bold);
        Assert.NotNull(runs.Single(run => run.InnerText == "short").RunProperties!.Italic);
        Assert.Equal("CodeChar", runs.Single(run => run.InnerText == "N/A").RunProperties!.RunStyle!.Val!.Value);
        Assert.NotNull(runs.Single(run => run.InnerText == "Old").RunProperties!.Strike);
        Assert.Equal(VerticalPositionValues.Superscript, runs.First(run => run.InnerText == "1").RunProperties!.VerticalTextAlignment!.Val!.Value);
    }

    [Fact]
    public void Relative_links_lose_their_url_and_web_links_keep_it()
    {
        using var docx = Open(TestSources.Document());
        var text = docx.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Contains("See the roles page and PMI (https://www.pmi.org/).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sponsor.md", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_use_numbering_definitions_and_each_ordered_list_restarts()
    {
        using var docx = Open(TestSources.Document());
        var body = docx.MainDocumentPart!.Document!.Body!;
        var numbering = docx.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;

        var nested = Paragraph(body, "What happens if we wait?").ParagraphProperties!.NumberingProperties!;
        Assert.Equal(1, nested.NumberingLevelReference!.Val!.Value);
        var steps = Paragraph(body, "Draft the charter").ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var restarted = Paragraph(body, "Restarted list starting at four").ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.NotEqual(steps, restarted);
        var restart = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == restarted).GetFirstChild<LevelOverride>()!;
        Assert.Equal(4, restart.StartOverrideNumberingValue!.Val!.Value);
        Assert.All(numbering.Elements<NumberingInstance>(), instance =>
            Assert.Contains(numbering.Elements<AbstractNum>(), definition => definition.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value));
    }

    [Fact]
    public void Task_items_show_boxes_instead_of_bullets()
    {
        using var docx = Open(TestSources.Document());
        var body = docx.MainDocumentPart!.Document!.Body!;

        var open = Paragraph(body, "Sponsor named");
        Assert.Equal("☐Sponsor named", open.InnerText);
        Assert.Null(open.ParagraphProperties!.NumberingProperties);
        Assert.StartsWith("☒", Paragraph(body, "Budget agreed").InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_are_indented_and_nested_quotes_more_so()
    {
        using var docx = Open(TestSources.Document());
        var body = docx.MainDocumentPart!.Document!.Body!;

        var quote = Paragraph(body, "A charter is a promise, not a plan.").ParagraphProperties!;
        var nested = Paragraph(body, "Quoted twice.").ParagraphProperties!;
        Assert.Equal("Quote", quote.ParagraphStyleId!.Val!.Value);
        Assert.Equal("720", quote.Indentation!.Left!.Value);
        Assert.Equal("1440", nested.Indentation!.Left!.Value);
    }

    [Fact]
    public void Tables_have_borders_and_a_repeated_header_row()
    {
        using var docx = Open(TestSources.Document());
        var table = docx.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();

        Assert.NotNull(table.GetFirstChild<TableProperties>()!.TableBorders);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties);
        Assert.Equal(["Name", "Role", "Influence"], rows[0].Elements<TableCell>().Select(cell => cell.InnerText));
        Assert.Equal(3, rows.Count);
        Assert.Equal(JustificationValues.Right, rows[1].Elements<TableCell>().Last().Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void A_document_with_a_wide_register_is_laid_out_landscape_in_a_smaller_type()
    {
        using var docx = Open(TestSources.SwedishRegister());
        var body = docx.MainDocumentPart!.Document!.Body!;
        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        var grid = body.Elements<Table>().Single().GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();

        Assert.Equal(PageOrientationValues.Landscape, page.Orient!.Value);
        Assert.True(page.Width!.Value > page.Height!.Value);
        Assert.InRange(grid.Sum(), 13900, 13958);
        // The long risk text gets the most room; "Sannolikhet" still fits on one line.
        Assert.Equal(grid.Max(), grid[1]);
        Assert.True(grid[3] >= (11 * 110 * 18 / 22) + 230, $"{grid[3]}");
        Assert.Equal("18", body.Descendants<TableCell>().First().Descendants<FontSize>().First().Val!.Value);
        OpenXmlAssert.Valid(docx);
    }

    [Fact]
    public void A_document_with_narrow_tables_stays_portrait()
    {
        using var docx = Open(TestSources.Document());
        var page = docx.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;

        Assert.Null(page.Orient);
        Assert.Equal(11906U, page.Width!.Value);
    }

    [Fact]
    public void Writes_to_streams_that_cannot_seek()
    {
        using var target = new MemoryStream();
        DocxTemplateWriter.Write(TestSources.Document(), new ForwardOnlyStream(target));

        target.Position = 0;
        using var document = WordprocessingDocument.Open(target, isEditable: false);
        OpenXmlAssert.Valid(document);
    }

    private static WordprocessingDocument Open(TemplateSource source)
    {
        var stream = new MemoryStream();
        DocxTemplateWriter.Write(source, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, isEditable: false);
    }

    private static List<(string Style, string Text)> Paragraphs(WordprocessingDocument docx) =>
        [.. docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", p.InnerText))];

    private static Paragraph Paragraph(Body body, string text) =>
        body.Descendants<Paragraph>().Single(p => p.InnerText.Contains(text, StringComparison.Ordinal));
}
