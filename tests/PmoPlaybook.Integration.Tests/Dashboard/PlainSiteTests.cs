using System.Net;
using System.Net.Http.Json;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests.Dashboard;

/// <summary>The app with no dashboard settings and a rate limit of two submissions a minute.</summary>
public sealed class PlainSiteFixture : IAsyncLifetime
{
    public RunningSite Site { get; private set; } = default!;

    public async Task InitializeAsync() => Site = await RunningSite.StartAsync(RepositoryPaths.Content,
        settings: new Dictionary<string, string?> { ["RateLimits:SubmissionsPerMinute"] = "2" });

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

public class PlainSiteTests(PlainSiteFixture fixture) : IClassFixture<PlainSiteFixture>
{
    [Theory]
    [InlineData("/assessments/dashboard")]
    [InlineData("/assessments/dashboard/feedback")]
    [InlineData("/assessments/dashboard/sign-in")]
    public async Task Without_a_sign_in_method_the_dashboard_does_not_exist(string path)
    {
        using var response = await fixture.Site.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_over_the_rate_limit_is_429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await fixture.Site.Client.PostAsJsonAsync("/api/feedback", new { page = "/en/", helpful = "yes" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }
}
