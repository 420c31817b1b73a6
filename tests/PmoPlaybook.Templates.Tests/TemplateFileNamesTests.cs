namespace PmoPlaybook.Templates.Tests;

public class TemplateFileNamesTests
{
    [Theory]
    [InlineData("risk-register", "2.1", "xlsx", "risk-register-v2.1.xlsx")]
    [InlineData("project-charter", "v3", ".docx", "project-charter-v3.docx")]
    [InlineData("riskregister", "1.0", "XLSX", "riskregister-v1.0.xlsx")]
    public void Joins_slug_version_and_extension(string slug, string version, string extension, string expected) =>
        Assert.Equal(expected, TemplateFileNames.For(slug, version, extension));

    [Theory]
    [InlineData("../risk-register", "2.1", "xlsx")]
    [InlineData("en/risk-register", "2.1", "xlsx")]
    [InlineData("risk..register", "2.1", "xlsx")]
    [InlineData("risk\\register", "2.1", "xlsx")]
    [InlineData("", "2.1", "xlsx")]
    [InlineData("risk-register", "2/1", "xlsx")]
    [InlineData("risk-register", "2.1", "x/lsx")]
    public void Rejects_path_characters(string slug, string version, string extension) =>
        Assert.Throws<ArgumentException>(() => TemplateFileNames.For(slug, version, extension));

    [Theory]
    [InlineData("Risk register", "risk-register")]
    [InlineData("Riskregister", "riskregister")]
    [InlineData("Slutrapport och överlämning", "slutrapport-och-overlamning")]
    [InlineData("PMO:ts affärsplan", "pmots-affarsplan")]
    [InlineData("Årshjul", "arshjul")]
    [InlineData("  RACI-matris (2025) ", "raci-matris-2025")]
    [InlineData("Ærø & Straße", "aero-strasse")]
    [InlineData("???", "")]
    public void Titles_become_plain_ascii_file_names(string title, string slug) =>
        Assert.Equal(slug, TemplateFileNames.Slug(title));
}
