using DocumentFormat.OpenXml.Spreadsheet;

namespace PmoPlaybook.Templates.Tests;

public class XlsxTemplateWriterTests
{
    private const int LastDataRow = 1 + 3 + XlsxTemplateWriter.EmptyRows;

    [Fact]
    public void Writes_workbooks_without_schema_errors()
    {
        foreach (var source in new[] { TestSources.RiskRegister(), TestSources.Wsjf(), TestSources.Document() })
        {
            using var xlsx = Xlsx.Write(source);
            OpenXmlAssert.Valid(xlsx.Document);
        }
    }

    [Fact]
    public void First_table_becomes_the_register_further_tables_become_sheets_and_about_comes_last()
    {
        using var xlsx = Xlsx.Write(TestSources.RiskRegister());

        Assert.Equal(["Risk register", "Scales", "About"], xlsx.Sheets.Select(sheet => sheet.Name!.Value));
        Assert.Equal(["ID", "Risk", "Owner", "Likelihood", "Impact", "Score", "Status"],
            xlsx.Worksheet("Risk register").Descendants<Row>().First().Elements<Cell>().Select(Xlsx.Text));
        Assert.Equal("Almost certain", Xlsx.Text(xlsx.Cell("Scales", "B3")!));
        Assert.Equal(["Title", "Risk register", "Version", "2.1", "Language", "English", "Summary"],
            xlsx.Worksheet("About").Descendants<Cell>().Take(7).Select(Xlsx.Text));
    }

    [Fact]
    public void Score_cells_hold_a_formula_over_likelihood_and_impact_in_example_and_empty_rows()
    {
        using var xlsx = Xlsx.Write(TestSources.RiskRegister());

        // Likelihood is column D and Impact column E; the Markdown's literal 12 must not survive.
        Assert.Equal("D2*E2", xlsx.Cell("Risk register", "F2")!.CellFormula!.Text);
        Assert.Null(xlsx.Cell("Risk register", "F2")!.CellValue);
        Assert.Equal("D4*E4", xlsx.Cell("Risk register", "F4")!.CellFormula!.Text);
        // Rows still to be filled in stay blank until both inputs are there.
        Assert.Equal($"IF(OR(D{LastDataRow}=\"\",E{LastDataRow}=\"\"),\"\",D{LastDataRow}*E{LastDataRow})", xlsx.Cell("Risk register", $"F{LastDataRow}")!.CellFormula!.Text);
        Assert.Null(xlsx.Cell("Risk register", $"F{LastDataRow + 1}"));
    }

    [Fact]
    public void Header_row_is_bold_and_frozen()
    {
        using var xlsx = Xlsx.Write(TestSources.RiskRegister());
        var sheet = xlsx.Worksheet("Risk register");

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(1D, pane.VerticalSplit!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);

        var headerStyle = xlsx.Cell("Risk register", "A1")!.StyleIndex!.Value;
        var format = xlsx.Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)headerStyle);
        var font = xlsx.Document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        Assert.NotNull(font.Bold);
        Assert.NotEqual(0U, format.FillId!.Value);
    }

    [Fact]
    public void Likelihood_data_rows_only_accept_the_choices()
    {
        using var xlsx = Xlsx.Write(TestSources.RiskRegister());

        var validations = xlsx.Worksheet("Risk register").Descendants<DataValidation>().ToList();
        var likelihood = Assert.Single(validations, v => v.SequenceOfReferences!.InnerText == $"D2:D{LastDataRow}");
        Assert.Equal(DataValidationValues.List, likelihood.Type!.Value);
        Assert.Equal("\"1,2,3,4,5\"", likelihood.Formula1!.Text);
        Assert.True(likelihood.ShowErrorMessage!.Value);
        Assert.Contains(validations, v => v.SequenceOfReferences!.InnerText == $"G2:G{LastDataRow}" && v.Formula1!.Text == "\"Open,Mitigating,Closed\"");
        Assert.Equal(3, validations.Count);
    }

    [Fact]
    public void Numbers_are_numbers_but_text_that_looks_like_a_formula_or_keeps_leading_zeros_is_text()
    {
        using var xlsx = Xlsx.Write(TestSources.RiskRegister());

        var likelihood = xlsx.Cell("Risk register", "D2")!;
        Assert.Null(likelihood.DataType);
        Assert.Equal("3", likelihood.CellValue!.Text);

        var injection = xlsx.Cell("Risk register", "B3")!;
        Assert.Equal(CellValues.InlineString, injection.DataType!.Value);
        Assert.Null(injection.CellFormula);
        Assert.Equal("=cmd|' /C calc'!A0", Xlsx.Text(injection));

        Assert.Equal(CellValues.InlineString, xlsx.Cell("Risk register", "A4")!.DataType!.Value);
        Assert.Equal("007", Xlsx.Text(xlsx.Cell("Risk register", "A4")!));
    }

    [Fact]
    public void Column_widths_follow_the_content_within_limits()
    {
        using var xlsx = Xlsx.Write(TestSources.RiskRegister());

        var widths = xlsx.Worksheet("Risk register").Descendants<Column>().Select(column => column.Width!.Value).ToList();
        Assert.Equal(7, widths.Count);
        Assert.All(widths, width => Assert.InRange(width, 10, 60));
        Assert.True(widths[1] > widths[0], "the Risk column holds the longest text");
    }

    [Fact]
    public void Wsjf_formulas_resolve_multi_word_headers_and_formula_columns()
    {
        using var xlsx = Xlsx.Write(TestSources.Wsjf());
        var sheet = xlsx.Sheets[0].Name!.Value!;

        Assert.Equal("B2+C2+D2", xlsx.Cell(sheet, "E2")!.CellFormula!.Text);
        Assert.Equal("E2/F2", xlsx.Cell(sheet, "G2")!.CellFormula!.Text);
        Assert.Equal("IF(OR(E3=\"\",F3=\"\"),\"\",E3/F3)", xlsx.Cell(sheet, "G3")!.CellFormula!.Text);
        Assert.Equal("Svenska", Xlsx.Text(xlsx.Cell("About", "B3")!));
    }

    [Fact]
    public void A_formula_naming_an_unknown_column_is_rejected_by_name()
    {
        var source = TestSources.RiskRegister(new Dictionary<string, TemplateColumn> { ["Score"] = new(null, "Likelihood * Severity") });

        var error = Assert.Throws<ArgumentException>(() => XlsxTemplateWriter.Write(source, new MemoryStream()));

        Assert.Contains("'Severity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_for_a_column_the_table_lacks_is_rejected_by_name()
    {
        var source = TestSources.RiskRegister(new Dictionary<string, TemplateColumn> { ["Severity"] = new(["Low", "High"], null) });

        var error = Assert.Throws<ArgumentException>(() => XlsxTemplateWriter.Write(source, new MemoryStream()));

        Assert.Contains("'Severity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formulas_that_refer_to_each_other_are_rejected()
    {
        var source = TestSources.RiskRegister(new Dictionary<string, TemplateColumn>
        {
            ["Score"] = new(null, "Impact * 2"),
            ["Impact"] = new(null, "Score / 2"),
        });

        var error = Assert.Throws<ArgumentException>(() => XlsxTemplateWriter.Write(source, new MemoryStream()));

        Assert.Contains("circle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_with_commas_are_listed_on_a_hidden_sheet()
    {
        var source = TestSources.RiskRegister(new Dictionary<string, TemplateColumn>
        {
            ["Status"] = new(["Open", "Closed, accepted", "Closed, mitigated"], null),
        });
        using var xlsx = Xlsx.Write(source);

        var lists = Assert.Single(xlsx.Sheets, sheet => sheet.Name == "Lists");
        Assert.Equal(SheetStateValues.Hidden, lists.State!.Value);
        Assert.Equal("'Lists'!$A$1:$A$3", xlsx.Worksheet("Risk register").Descendants<DataValidation>().Single().Formula1!.Text);
        Assert.Equal("Closed, accepted", Xlsx.Text(xlsx.Cell("Lists", "A2")!));
        OpenXmlAssert.Valid(xlsx.Document);
    }

    [Fact]
    public void Sheet_names_are_cut_to_31_characters_without_invalid_characters()
    {
        var source = TestSources.RiskRegister() with { Title = "Risks: supplier/partner [draft] register for 2026" };
        using var xlsx = Xlsx.Write(source);

        Assert.Equal("Risks supplierpartner draft reg", xlsx.Sheets[0].Name!.Value);
        OpenXmlAssert.Valid(xlsx.Document);
    }

    [Fact]
    public void Sheet_names_stay_unique()
    {
        using var xlsx = Xlsx.Write(TestSources.RiskRegister() with { Title = "About" });

        Assert.Equal(["About", "Scales", "About (2)"], xlsx.Sheets.Select(sheet => sheet.Name!.Value));
    }

    [Fact]
    public void A_body_without_a_table_is_rejected()
    {
        var source = TestSources.RiskRegister() with { Markdown = "Just text.", Columns = new Dictionary<string, TemplateColumn>() };

        Assert.Throws<ArgumentException>(() => XlsxTemplateWriter.Write(source, new MemoryStream()));
    }

    [Fact]
    public void Writes_to_streams_that_cannot_seek()
    {
        using var target = new MemoryStream();
        XlsxTemplateWriter.Write(TestSources.RiskRegister(), new ForwardOnlyStream(target));

        target.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(target, isEditable: false);
        OpenXmlAssert.Valid(document);
    }
}
