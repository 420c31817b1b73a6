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
        // A Swedish workbook's About sheet is in Swedish.
        Assert.Equal(["Språk", "Svenska"], new[] { "A3", "B3" }.Select(cell => Xlsx.Text(xlsx.Cell("Om mallen", cell)!)));
    }

    [Fact]
    public void A_formula_naming_an_unknown_column_is_rejected_by_name()
    {
        var source = TestSources.RiskRegister(new Dictionary<string, TemplateColumn> { ["Score"] = new(null, "Likelihood * Severity") });

        var error = Assert.Throws<InvalidTemplateException>(() => XlsxTemplateWriter.Write(source, new MemoryStream()));

        Assert.Contains("'Severity'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_for_a_column_the_table_lacks_is_rejected_by_name()
    {
        var source = TestSources.RiskRegister(new Dictionary<string, TemplateColumn> { ["Severity"] = new(["Low", "High"], null) });

        var error = Assert.Throws<InvalidTemplateException>(() => XlsxTemplateWriter.Write(source, new MemoryStream()));

        Assert.Contains("'Severity'", error.Message, StringComparison.Ordinal);
        Assert.Equal("Severity", error.Column);
    }

    [Fact]
    public void Formulas_that_refer_to_each_other_are_rejected()
    {
        var source = TestSources.RiskRegister(new Dictionary<string, TemplateColumn>
        {
            ["Score"] = new(null, "Impact * 2"),
            ["Impact"] = new(null, "Score / 2"),
        });

        var error = Assert.Throws<InvalidTemplateException>(() => XlsxTemplateWriter.Write(source, new MemoryStream()));

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

        Assert.Null(Assert.Throws<InvalidTemplateException>(() => XlsxTemplateWriter.Write(source, new MemoryStream())).Column);
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

public class XlsxLayoutTests
{
    private static readonly string Sheet = "Riskregister";

    [Fact]
    public void Text_wraps_from_the_left_and_numbers_and_dates_sit_on_the_right_under_a_header_aligned_the_same_way()
    {
        using var xlsx = Xlsx.Write(TestSources.SwedishRegister());

        Assert.Equal(HorizontalAlignmentValues.Left, xlsx.Format(Sheet, "B1").Alignment!.Horizontal!.Value);
        Assert.Equal(HorizontalAlignmentValues.Right, xlsx.Format(Sheet, "D1").Alignment!.Horizontal!.Value);
        Assert.Equal(HorizontalAlignmentValues.Right, xlsx.Format(Sheet, "C1").Alignment!.Horizontal!.Value);
        var risk = xlsx.Format(Sheet, "B2");
        Assert.True(risk.Alignment!.WrapText!.Value);
        Assert.Equal(VerticalAlignmentValues.Top, risk.Alignment.Vertical!.Value);
        Assert.Equal(HorizontalAlignmentValues.Right, xlsx.Format(Sheet, "D2").Alignment!.Horizontal!.Value);
        Assert.Null(xlsx.Format(Sheet, "D2").Alignment!.WrapText);
        // The band is text, though a formula makes it.
        Assert.Equal(HorizontalAlignmentValues.Left, xlsx.Format(Sheet, "G2").Alignment!.Horizontal!.Value);
        OpenXmlAssert.Valid(xlsx.Document);
    }

    [Fact]
    public void Dates_are_day_numbers_shown_as_iso_dates_and_swedish_numbers_are_numbers()
    {
        using var xlsx = Xlsx.Write(TestSources.SwedishRegister());

        var raised = xlsx.Cell(Sheet, "C2")!;
        Assert.Null(raised.DataType);
        Assert.Equal("45749", raised.CellValue!.Text);
        Assert.Equal("yyyy-mm-dd", xlsx.NumberFormat(xlsx.Format(raised.StyleIndex?.Value)));
        Assert.Equal("1200", xlsx.Cell(Sheet, "H2")!.CellValue!.Text);
        Assert.Equal("2.5", xlsx.Cell(Sheet, "H3")!.CellValue!.Text);
        Assert.Equal("#,##0.0", xlsx.NumberFormat(xlsx.Format(Sheet, "H2")));
    }

    [Fact]
    public void Columns_carry_their_format_so_rows_typed_in_later_look_like_the_examples()
    {
        using var xlsx = Xlsx.Write(TestSources.SwedishRegister());

        var columns = xlsx.Worksheet(Sheet).Descendants<Column>().ToList();
        Assert.Equal("yyyy-mm-dd", xlsx.NumberFormat(xlsx.Format(columns[2].Style?.Value)));
        Assert.True(xlsx.Format(columns[1].Style?.Value).Alignment!.WrapText!.Value);
        Assert.Equal(HorizontalAlignmentValues.Right, xlsx.Format(columns[3].Style?.Value).Alignment!.Horizontal!.Value);
    }

    [Fact]
    public void A_band_is_a_formula_of_the_score_and_a_half_filled_example_stays_blank()
    {
        using var xlsx = Xlsx.Write(TestSources.SwedishRegister());

        Assert.Equal("IF(F2>=20,\"Kritisk\",IF(F2>=10,\"Hög\",IF(F2>=5,\"Medel\",\"Låg\")))", xlsx.Cell(Sheet, "G2")!.CellFormula!.Text);
        Assert.Equal("IF(OR(D3=\"\",E3=\"\"),\"\",D3*E3)", xlsx.Cell(Sheet, "F3")!.CellFormula!.Text);
        Assert.StartsWith("IF(OR(F3=\"\"),\"\",", xlsx.Cell(Sheet, "G3")!.CellFormula!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Registers_print_their_columns_across_a_landscape_page_and_about_prints_on_one_page()
    {
        using var xlsx = Xlsx.Write(TestSources.SwedishRegister());

        var names = xlsx.Document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        Assert.Contains(names, n => n.Name == "_xlnm.Print_Area" && n.LocalSheetId!.Value == 0 && n.Text == $"'{Sheet}'!$A$1:$I${3 + XlsxTemplateWriter.EmptyRows}");
        var register = xlsx.Worksheet(Sheet).Descendants<PageSetup>().Single();
        Assert.Equal((OrientationValues.Landscape, 1U, 0U), (register.Orientation!.Value, register.FitToWidth!.Value, register.FitToHeight!.Value));
        var about = xlsx.Worksheet("Om mallen");
        Assert.True(about.Descendants<PageSetupProperties>().Single().FitToPage!.Value);
        var setup = about.Descendants<PageSetup>().Single();
        Assert.Equal((OrientationValues.Portrait, 1U, 1U), (setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
        Assert.Equal(["Titel", "Version", "Språk", "Sammanfattning"], about.Descendants<Row>().Select(r => Xlsx.Text(r.Elements<Cell>().First())));
    }
}
