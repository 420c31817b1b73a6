using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Integration.Tests;

/// <summary>The downloads the build generates from the real templates, opened with the Open XML SDK.</summary>
public class TemplateDownloadTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private IEnumerable<string> Downloads(string extension) =>
        Directory.EnumerateFiles(Path.Combine(site.Output, "en", "templates"), "*." + extension, SearchOption.AllDirectories);

    [Fact]
    public void Every_template_publishes_each_of_its_formats_named_after_its_title_with_its_version()
    {
        var templates = site.Result.Snapshot.Site.Pages.Where(p => p is { IsSynthetic: false, Meta.Template: not null }).ToArray();

        Assert.True(templates.Length >= 14, $"{templates.Length} templates");
        foreach (var page in templates)
        {
            foreach (var format in page.Meta.Template!.Formats)
            {
                var name = Templates.TemplateFileNames.Slug(page.Title);
                var file = Path.Combine(site.Output, page.UrlPath.Trim('/'), $"{name}-v{page.Meta.Version ?? "1.0"}.{format}");
                Assert.True(File.Exists(file), $"missing {file}");
            }
        }

        // The English file name is the page's; the Swedish download carries the Swedish title.
        Assert.True(File.Exists(Path.Combine(site.Output, "en", "templates", "risk-register", "risk-register-v1.1.xlsx")));
        Assert.True(File.Exists(Path.Combine(site.Output, "sv", "templates", "risk-register", "riskregister-v1.1.xlsx")));
        Assert.True(File.Exists(Path.Combine(site.Output, "sv", "templates", "closure-report", "slutrapport-och-overlamning-v1.0.docx")));
    }

    [Fact]
    public void The_risk_register_is_also_a_word_document()
    {
        var file = Path.Combine(site.Output, "en", "templates", "risk-register", "risk-register-v1.1.docx");
        using var document = WordprocessingDocument.Open(file, false);

        Assert.Contains("Residual score", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_docx_and_xlsx_passes_the_open_xml_validator()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        var problems = new List<string>();
        foreach (var file in Downloads("docx"))
        {
            using var document = WordprocessingDocument.Open(file, false);
            problems.AddRange(validator.Validate(document).Select(e => $"{Path.GetFileName(file)}: {e.Description}"));
        }
        foreach (var file in Downloads("xlsx"))
        {
            using var document = SpreadsheetDocument.Open(file, false);
            problems.AddRange(validator.Validate(document).Select(e => $"{Path.GetFileName(file)}: {e.Description}"));
        }

        Assert.NotEmpty(Downloads("docx"));
        Assert.NotEmpty(Downloads("xlsx"));
        Assert.Empty(problems);
    }

    [Fact]
    public void The_risk_register_score_is_a_formula_of_likelihood_and_impact_and_its_band_a_formula_of_the_score()
    {
        var file = Assert.Single(Downloads("xlsx"), f => Path.GetFileName(f).StartsWith("risk-register-v", StringComparison.Ordinal));
        using var document = SpreadsheetDocument.Open(file, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.First(p => p.Uri.OriginalString.EndsWith("sheet1.xml", StringComparison.Ordinal)).Worksheet;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var header = sheet.Descendants<Row>().First().Elements<Cell>().ToArray();
        string Text(Cell cell) => cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text)] : cell.InnerText;
        string Column(string name) => new(header.Single(c => Text(c) == name).CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());

        var score = sheet.Descendants<Cell>().First(c => c.CellReference == Column("Score") + "2");
        var band = sheet.Descendants<Cell>().First(c => c.CellReference == Column("Band") + "2");

        Assert.Equal($"{Column("Likelihood")}2*{Column("Impact")}2", score.CellFormula?.Text);
        Assert.StartsWith($"IF({Column("Score")}2>=20,\"Critical\"", band.CellFormula?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_page_shows_its_version_and_links_its_files()
    {
        var page = site.Page("/en/templates/risk-register/");

        Assert.StartsWith("Version ", page.QuerySelector(".downloads__version")!.TextContent);
        var links = page.QuerySelectorAll(".downloads a[download]").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Contains(links, l => l.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.All(links, l => Assert.True(File.Exists(Path.Combine(site.Output, l.TrimStart('/')))));
    }

    [Fact]
    public void The_gallery_lists_every_template_with_its_category_and_formats()
    {
        var gallery = site.Page("/en/templates/");
        var items = gallery.QuerySelectorAll(".gallery__item");

        Assert.True(items.Length >= 14);
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetAttribute("data-category"))));
        Assert.Contains(items, i => i.GetAttribute("data-formats")!.Split(' ').Contains("xlsx"));
        Assert.NotNull(gallery.QuerySelector("input#gallery-format-xlsx[type=radio]"));
    }
}
