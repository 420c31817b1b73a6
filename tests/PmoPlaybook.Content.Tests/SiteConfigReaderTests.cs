using PmoPlaybook.Content.Loading;

namespace PmoPlaybook.Content.Tests;

public class SiteConfigReaderTests
{
    [Fact]
    public void Reads_languages_in_both_forms_and_honours_default_language()
    {
        var (short_, shortDiagnostics) = SiteConfigReader.Parse("title: T\nbase_url: https://x.org/\nlanguages: [en, sv]\ndefault_language: sv\n");
        var (full, fullDiagnostics) = SiteConfigReader.Parse("languages:\n  - code: sv\n    name: Svenska\n    culture: sv-SE\n");

        Assert.Empty(shortDiagnostics);
        Assert.Equal(["sv", "en"], short_.Languages.Select(l => l.Code));
        Assert.Equal("Svenska", short_.DefaultLanguage.Name);
        Assert.Empty(fullDiagnostics);
        Assert.Equal("sv-SE", Assert.Single(full.Languages).Culture);
    }

    [Fact]
    public void Bad_values_are_reported_at_their_line_and_defaults_stand_in()
    {
        var (config, diagnostics) = SiteConfigReader.Parse("title: T\nbase_url: not a url\nlanguages: [EN]\ncolour: red\n");

        Assert.Equal("http://127.0.0.1:5000/", config.BaseUrl);
        Assert.Contains(diagnostics, d => d.IsError && d.Line == 2 && d.Message.Contains("base_url"));
        Assert.Contains(diagnostics, d => d.IsError && d.Line == 3 && d.Message.Contains("EN"));
        Assert.Contains(diagnostics, d => !d.IsError && d.Line == 4 && d.Message.Contains("colour"));
    }

    [Fact]
    public void Malformed_yaml_names_its_line()
    {
        var (_, diagnostics) = SiteConfigReader.Parse("title: T\nlanguages: [en\n");

        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.True(error.Line >= 2);
    }

    [Theory]
    [InlineData("https://app.example.org", "https://app.example.org")]
    [InlineData("https://app.example.org/", "https://app.example.org")]
    [InlineData("http://10.0.0.5:8080/playbook/", "http://10.0.0.5:8080/playbook")]
    public void An_absolute_app_url_is_kept_without_its_trailing_slash(string value, string expected)
    {
        var (config, diagnostics) = SiteConfigReader.Parse($"app_url: {value}\n");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, config.AppUrl);
    }

    [Theory]
    [InlineData("app.example.org")]
    [InlineData("/api")]
    [InlineData("ftp://app.example.org/")]
    [InlineData("https://")]
    public void An_app_url_that_cannot_be_proxied_to_is_a_PMO030_error_at_its_line(string value)
    {
        var (config, diagnostics) = SiteConfigReader.Parse($"title: T\napp_url: {value}\n");

        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(("PMO030", 2), (error.Code, error.Line));
        Assert.Contains("app_url", error.Message);
        Assert.Null(config.AppUrl);
    }

    [Fact]
    public void An_empty_app_url_means_no_app()
    {
        var (config, diagnostics) = SiteConfigReader.Parse("app_url:\n");

        Assert.Empty(diagnostics);
        Assert.Null(config.AppUrl);
    }
}
