using System.Xml;
using PmoPlaybook.Content.Navigation;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;

namespace PmoPlaybook.Generator.Sitemap;

/// <summary>
/// sitemap.xml with every page and its translations (xhtml:link alternates) and the tag pages, and robots.txt
/// pointing to it.
/// </summary>
public sealed class SitemapStep : IBuildStep
{
    public bool IsAffectedBy(SiteChange change) => change.ShowsElsewhere;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var site = context.Site;
        var config = site.Config;
        await OutputFile.WriteAsync(Path.Combine(context.OutputDirectory, "sitemap.xml"), async writer =>
        {
            var settings = new XmlWriterSettings { Async = true, Indent = true };
            await using var xml = XmlWriter.Create(writer, settings);
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "urlset", SitemapNamespace);
            await xml.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNamespace);
            // Stand-in translations are not pages of their own: their canonical URL is the original.
            foreach (var page in site.Pages.Where(p => p.FallbackFor is null))
            {
                await WriteUrlAsync(xml, page.UrlPath, site.Translations(page).Select(t => (t.Language, t.UrlPath)).ToArray());
            }
            // Tag pages are per language (tags are words of their language); the tag indexes translate each other.
            var indexes = config.Languages.Select(l => (l.Code, SiteTags.IndexPath(l.Code))).ToArray();
            foreach (var language in config.Languages.Select(l => l.Code))
            {
                await WriteUrlAsync(xml, SiteTags.IndexPath(language), indexes);
                foreach (var tag in site.Tags(language))
                {
                    await WriteUrlAsync(xml, SiteTags.UrlPath(language, tag.Slug), []);
                }
            }
            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        });

        await OutputFile.WriteTextAsync(Path.Combine(context.OutputDirectory, "robots.txt"),
            $"User-agent: *\nAllow: /\n\nSitemap: {config.AbsoluteUrl("/sitemap.xml")}\n");

        async Task WriteUrlAsync(XmlWriter xml, string urlPath, IReadOnlyList<(string Language, string UrlPath)> translations)
        {
            await xml.WriteStartElementAsync(null, "url", SitemapNamespace);
            await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, config.AbsoluteUrl(urlPath));
            if (translations.Count > 1)
            {
                foreach (var (language, path) in translations)
                {
                    await xml.WriteStartElementAsync("xhtml", "link", XhtmlNamespace);
                    await xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
                    await xml.WriteAttributeStringAsync(null, "hreflang", null, language);
                    await xml.WriteAttributeStringAsync(null, "href", null, config.AbsoluteUrl(path));
                    await xml.WriteEndElementAsync();
                }
            }
            await xml.WriteEndElementAsync();
        }
    }
}
