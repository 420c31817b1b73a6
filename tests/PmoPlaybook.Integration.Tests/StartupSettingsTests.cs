using Microsoft.Extensions.Options;
using PmoPlaybook.Testing;
using PmoPlaybook.Web;
using PmoPlaybook.Web.Security;

namespace PmoPlaybook.Integration.Tests;

/// <summary>
/// A wrong setting stops the real app at start-up with a message naming the setting, instead of an app that
/// runs and quietly serves nothing (zero assessments) or refuses every post (an origin that never matches).
/// </summary>
public sealed class StartupSettingsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_missing_assessments_folder_stops_start_up_naming_the_setting_and_the_folder()
    {
        var missing = _temp.Combine("no-such-folder");

        var error = await RefusalAsync(("Assessments:DefinitionsDirectory", missing));

        Assert.Contains("Assessments:DefinitionsDirectory", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pmo_serve_may_start_before_the_content_has_an_assessments_folder()
    {
        await using var app = Create(("Assessments:DefinitionsDirectory", _temp.Combine("not-yet")), ("Assessments:FolderMayBeMissing", "true"));

        await app.StartAsync();
        await app.StopAsync();
    }

    [Theory]
    [InlineData("playbook.example.org")]
    [InlineData("https://playbook.example.org/en/")]
    [InlineData("ftp://playbook.example.org")]
    [InlineData("https://playbook.example.org/?x=1")]
    public async Task A_malformed_allowed_origin_stops_start_up_naming_the_value(string origin)
    {
        var error = await RefusalAsync(("Security:AllowedOrigins:0", "https://fine.example.org"), ("Security:AllowedOrigins:1", origin));

        Assert.Contains($"Security:AllowedOrigins:1: '{origin}'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("fine.example.org", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://playbook.example.org")]
    [InlineData("https://playbook.example.org/")]
    [InlineData("http://127.0.0.1:8080")]
    public void An_origin_with_scheme_and_host_only_is_accepted(string origin) =>
        Assert.Empty(new SubmissionSecurityOptions { AllowedOrigins = [origin] }.Problems());

    [Fact]
    public async Task A_rate_limit_out_of_range_stops_start_up_naming_the_setting()
    {
        var error = await RefusalAsync(("RateLimits:SubmissionsPerMinute", "0"));

        Assert.Contains("RateLimits:SubmissionsPerMinute", error.Message, StringComparison.Ordinal);
    }

    private async Task<OptionsValidationException> RefusalAsync(params (string Key, string Value)[] settings)
    {
        await using var app = Create(settings);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    /// <summary>The real composition with a site folder that exists and every other setting valid, plus <paramref name="settings"/>.</summary>
    private Microsoft.AspNetCore.Builder.WebApplication Create(params (string Key, string Value)[] settings)
    {
        Directory.CreateDirectory(_temp.Combine("site"));
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Site:SiteDirectory", _temp.Combine("site"),
            "--Site:IndexDirectory", _temp.Combine("index"),
            "--Results:RepositoryPath", _temp.Combine("results"),
            "--Results:OutboxPath", _temp.Combine("outbox"),
            "--Assessments:DefinitionsDirectory", RepositoryPaths.Assessments,
            .. settings.SelectMany(s => new[] { "--" + s.Key, s.Value }),
        ];
        return PlaybookApp.Create(args);
    }
}
