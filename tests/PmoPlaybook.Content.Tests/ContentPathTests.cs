using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Tests;

public class ContentPathTests
{
    [Theory]
    [InlineData("en/roles/pace-keeper.md", "/en/roles/pace-keeper/", "en/roles/pace-keeper/index.html", "roles/pace-keeper.md")]
    [InlineData("en/index.md", "/en/", "en/index.html", "index.md")]
    [InlineData("sv/roles/index.md", "/sv/roles/", "sv/roles/index.html", "roles/index.md")]
    [InlineData("en/glossary.md", "/en/glossary/", "en/glossary/index.html", "glossary.md")]
    public void Derives_url_output_file_and_translation_key(string path, string url, string output, string key)
    {
        var contentPath = ContentPath.Parse(path);

        Assert.Equal((url, output, key), (contentPath.UrlPath, contentPath.OutputFile, contentPath.Key));
        Assert.Equal(contentPath.Key, contentPath.WithLanguage("sv").Key);
    }

    [Theory]
    [InlineData("index.md")]
    [InlineData("en/picture.png")]
    public void Rejects_paths_that_are_not_pages(string path) =>
        Assert.Throws<ArgumentException>(() => ContentPath.Parse(path));

    [Fact]
    public void Absolute_urls_follow_the_base_url()
    {
        var config = SiteConfig.Default.WithBaseUrl("https://example.org/playbook");

        Assert.Equal("/playbook/", config.BasePath);
        Assert.Equal("https://example.org/playbook/en/roles/", config.AbsoluteUrl("/en/roles/"));
    }
}
