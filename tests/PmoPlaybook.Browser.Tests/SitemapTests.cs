using System.Xml.Linq;

namespace PmoPlaybook.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class SitemapTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_url_in_the_sitemap_loads_without_http_or_console_errors()
    {
        var sitemap = XDocument.Parse(await browser.Site.Client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var paths = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToArray();
        var (page, errors) = await browser.NewPageAsync();
        var failures = new List<string>();

        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            if (response is null || response.Status >= 400)
            {
                failures.Add($"{path}: HTTP {response?.Status}");
            }
            failures.AddRange(errors.Select(e => $"{path}: {e}"));
            errors.Clear();
        }

        Assert.True(paths.Length >= 24, $"only {paths.Length} URLs in the sitemap");
        Assert.Empty(failures);
    }
}
