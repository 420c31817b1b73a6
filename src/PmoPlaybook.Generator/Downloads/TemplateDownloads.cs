using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Templates;
using PmoPlaybook.Theme;

namespace PmoPlaybook.Generator.Downloads;

/// <summary>
/// Which files a template page offers and where they are published: beside the page, named with the
/// template's version (/en/templates/risk-register/risk-register-v2.1.xlsx), so a download is never stale.
/// </summary>
public static class TemplateDownloads
{
    public const string DefaultVersion = "1.0";

    public static IReadOnlyList<DownloadLink> For(Site site, Page page)
    {
        var original = page.FallbackFor ?? page;
        if (original.Meta.Template is not { } template)
        {
            return [];
        }
        return template.Formats
            .Select(format => (Format: format, File: FileName(original, format)))
            .Select(d => new DownloadLink(d.Format, d.File, site.Config.Href(original.UrlPath + d.File)))
            .ToArray();
    }

    /// <summary>
    /// Named after the template's title in its own language ("riskregister-v1.1.xlsx" for the Swedish risk register),
    /// so a download saved in Swedish reads as Swedish; after the file when the title has no letters to name it by.
    /// </summary>
    public static string FileName(Page page, string format) =>
        TemplateFileNames.For(TemplateFileNames.Slug(page.Title) is { Length: > 0 } slug ? slug : page.Path.FileName[..^".md".Length],
            page.Meta.Version ?? DefaultVersion, format);

    /// <summary>The template as the writers take it: the page's own Markdown body and its column rules.</summary>
    public static TemplateSource Source(string contentDirectory, Page page)
    {
        var text = File.ReadAllText(Path.Combine(contentDirectory, page.Path.Value));
        var split = FrontMatterBlock.Split(text);
        var columns = page.Meta.Template?.Columns?.ToDictionary(c => c.Key, c => new TemplateColumn(c.Value.Choices, c.Value.Formula))
            ?? new Dictionary<string, TemplateColumn>();
        return new TemplateSource(page.Title, page.Meta.Version ?? DefaultVersion, page.Language, page.Meta.Summary,
            split?.Body ?? text, columns, split?.BodyFirstLine ?? 1);
    }

    /// <summary>Writes one download; "md" is the template's Markdown with its title and version on top.</summary>
    public static void Write(TemplateSource source, string format, Stream output)
    {
        switch (format)
        {
            case "docx":
                DocxTemplateWriter.Write(source, output);
                break;
            case "xlsx":
                XlsxTemplateWriter.Write(source, output);
                break;
            default:
                using (var writer = new StreamWriter(output, leaveOpen: true))
                {
                    writer.Write($"# {source.Title}\n\nVersion {source.Version}. {source.Summary}\n\n{source.Markdown.TrimStart()}");
                }
                break;
        }
    }
}
