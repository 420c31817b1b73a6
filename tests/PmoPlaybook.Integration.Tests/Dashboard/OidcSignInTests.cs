using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using PmoPlaybook.Testing;
using PmoPlaybook.Testing.FakeOpenId;
using PmoPlaybook.Web.Dashboard;

namespace PmoPlaybook.Integration.Tests.Dashboard;

/// <summary>
/// The app with OpenID Connect configured against a fake provider on 127.0.0.1, requiring the role "pmo".
/// An access key is configured too, to show that OpenID Connect wins when both are set.
/// </summary>
public sealed class OidcSiteFixture : IAsyncLifetime
{
    public FakeOpenIdProvider Provider { get; private set; } = default!;

    public RunningSite Site { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Provider = await FakeOpenIdProvider.StartAsync();
        Site = await RunningSite.StartAsync(RepositoryPaths.Content, settings: new Dictionary<string, string?>
        {
            ["Dashboard:Oidc:Authority"] = Provider.Authority,
            ["Dashboard:Oidc:ClientId"] = Provider.ClientId,
            ["Dashboard:Oidc:ClientSecret"] = Provider.ClientSecret,
            ["Dashboard:Oidc:RequiredRole"] = "pmo",
            ["Dashboard:AccessKeyHash"] = AccessKey.Hash("an-unused-key"),
        });
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public class OidcSignInTests(OidcSiteFixture fixture) : IClassFixture<OidcSiteFixture>
{
    private string CallbackUrl => new Uri(fixture.Site.BaseAddress, "/assessments/dashboard/signin-oidc").ToString();

    /// <summary>The browser's trip: the app sends it to the provider, the provider (no login page) back with a code; the answer to that callback.</summary>
    private static async Task<HttpResponseMessage> SignInAtProviderAsync(HttpClient browser)
    {
        using var challenge = await browser.GetAsync("/assessments/dashboard?lang=en");
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorized = await provider.GetAsync(challenge.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        return await browser.GetAsync(authorized.Headers.Location);
    }

    [Theory]
    [InlineData("/assessments/dashboard")]
    [InlineData("/assessments/dashboard/feedback")]
    [InlineData("/assessments/dashboard/sign-in")]
    public async Task An_unauthenticated_reader_is_sent_to_the_provider_for_a_code_with_pkce(string path)
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(fixture.Provider.Authority + "/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(fixture.Provider.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", query["code_challenge"].ToString());
        Assert.Equal(CallbackUrl, query["redirect_uri"]);
        Assert.Contains("openid", query["scope"].ToString().Split(' '));
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.False(query.ContainsKey("client_secret"));
    }

    [Fact]
    public async Task The_code_flow_signs_the_reader_in_and_opens_the_dashboard()
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var callback = await SignInAtProviderAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/assessments/dashboard?lang=en", callback.Headers.Location!.OriginalString);
        using var dashboard = await browser.GetAsync("/assessments/dashboard?lang=en");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var page = await Web.HtmlAsync(dashboard);
        Assert.Equal("Signed in as Pat PMO", page.QuerySelector(".dashboard-user")!.TextContent);
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.True(fixture.Provider.TokensIssued >= 1);
    }

    [Fact]
    public async Task Without_the_required_role_the_dashboard_is_403()
    {
        var everyone = fixture.Provider.User;
        fixture.Provider.User = new FakeUser("visitor", "Vic Visitor", ["reader"]);
        try
        {
            using var browser = Web.NewBrowser(fixture.Site);
            (await SignInAtProviderAsync(browser)).Dispose();

            using var dashboard = await browser.GetAsync("/assessments/dashboard?lang=en");

            Assert.Equal(HttpStatusCode.Forbidden, dashboard.StatusCode);
        }
        finally
        {
            fixture.Provider.User = everyone;
        }
    }

    [Fact]
    public async Task The_access_key_form_is_not_offered_when_openid_connect_is_configured()
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var response = await browser.PostAsync("/assessments/dashboard/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = "an-unused-key" }));

        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, response.StatusCode.ToString());
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("pmo-dashboard=", StringComparison.Ordinal));
    }
}
