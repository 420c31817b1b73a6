using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PmoPlaybook.Templates.Parsing;
using PmoPlaybook.Templates.Word;

namespace PmoPlaybook.Templates;

/// <summary>
/// Writes a template as a Word document: a title block naming the template and its version, then the Markdown body
/// with real Word styles, numbering and tables, so the download can be edited like any other document.
/// </summary>
public static class DocxTemplateWriter
{
    public static void Write(TemplateSource source, Stream output)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(output);

        // The packaging layer needs to seek; an HTTP response body cannot.
        if (output.CanSeek)
        {
            Save(source, output);
            return;
        }

        using var buffer = new MemoryStream();
        Save(source, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>"Version 2.1 · Svenska", or without the language when there is none.</summary>
    internal static string VersionLine(TemplateSource source)
    {
        var language = LanguageNames.Of(source.Language);
        return language.Length == 0 ? $"Version {source.Version}" : $"Version {source.Version} · {language}";
    }

    private static void Save(TemplateSource source, Stream output)
    {
        var markdown = TemplateMarkdown.Parse(source.Markdown);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = source.Title;
        document.PackageProperties.Subject = source.Summary;
        document.PackageProperties.Version = source.Version;
        document.PackageProperties.Language = source.Language;

        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create(source.Language);
        main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
        var numbering = new WordNumbering();
        var page = WordPage.For(markdown);

        var body = new Body();
        body.Append(TitleBlock(source));
        body.Append(new WordBlocks(numbering, page).Render(markdown));
        body.Append(page.Section());
        main.Document = new Document(body);
        numbering.SaveTo(main);
    }

    private static IEnumerable<Paragraph> TitleBlock(TemplateSource source)
    {
        yield return Styled(WordStyles.Title, source.Title);
        yield return Styled(WordStyles.Subtitle, VersionLine(source));
        if (!string.IsNullOrWhiteSpace(source.Summary))
        {
            yield return new Paragraph(WordInlines.Text(source.Summary));
        }
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } }, WordInlines.Text(text));

    // Without a compatibility mode Word opens the file as a Word 2007 document, in "Compatibility Mode".
    private static Settings Settings() => new(new Compatibility(new CompatibilitySetting
    {
        Name = CompatSettingNameValues.CompatibilityMode,
        Uri = "http://schemas.microsoft.com/office/word",
        Val = "15",
    }));
}
