using System.Net;

namespace PmoPlaybook.Integration.Tests.Dashboard;

/// <summary>The dashboard behind the access key, end to end over HTTP: form, cookie, heatmap, sign-out.</summary>
[Collection(AccessKeySiteCollection.Name)]
public class AccessKeySignInTests(AccessKeySiteFixture fixture)
{
    [Fact]
    public async Task Without_the_cookie_the_dashboard_sends_the_reader_to_sign_in_and_back()
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var response = await browser.GetAsync("/assessments/dashboard?lang=sv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/assessments/dashboard/sign-in?returnUrl=", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("/assessments/dashboard?lang=sv"), location, StringComparison.Ordinal);
        Assert.EndsWith("&lang=sv", location, StringComparison.Ordinal);

        using var form = await browser.GetAsync(location);
        var page = await Web.HtmlAsync(form);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("password", page.QuerySelector("#access-key")!.GetAttribute("type"));
        Assert.Equal("Åtkomstnyckel", page.QuerySelector("label[for=access-key]")!.TextContent);
        Assert.Contains("noindex", form.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_401_with_the_form_and_its_error()
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var response = await Web.SignInAsync(browser, "not-the-key");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var page = await Web.HtmlAsync(response);
        Assert.Equal("That access key is not right.", page.QuerySelector("#sign-in-error[role=alert]")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("#access-key")!.GetAttribute("aria-invalid"));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("pmo-dashboard=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/assessments/dashboard")).StatusCode);
    }

    [Fact]
    public async Task The_right_key_gives_a_short_lived_http_only_lax_cookie_and_the_heatmap()
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var signedIn = await Web.SignInAsync(browser, AccessKeySiteFixture.Key, "/assessments/dashboard?lang=en");

        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        Assert.Equal("/assessments/dashboard?lang=en", signedIn.Headers.Location!.OriginalString);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pmo-dashboard=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/assessments/dashboard", cookie, StringComparison.Ordinal);

        using var dashboard = await browser.GetAsync("/assessments/dashboard?lang=en");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("noindex", dashboard.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.True(dashboard.Headers.CacheControl!.NoStore);
        var page = await Web.HtmlAsync(dashboard);
        Assert.NotNull(page.QuerySelector(".site-header"));
        var heatmap = page.QuerySelector("table.heatmap")!;
        Assert.Equal(Assessments.AssessmentClient.Definition.Dimensions.Count + 4, heatmap.QuerySelectorAll("thead th[scope=col]").Length);
        var rows = heatmap.QuerySelectorAll("tbody tr").ToArray();
        Assert.Equal(["Team Falcon", "Team Heron"], rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent.Trim()));
        var heron = rows[1];
        Assert.All(heron.QuerySelectorAll("td.heat"), cell => Assert.Equal(("4.0", "4"), (cell.TextContent.Trim(), cell.GetAttribute("data-level"))));
        Assert.Equal("2", heron.QuerySelectorAll("td")[^2].TextContent.Trim());
        Assert.Matches(@"^/assessments/pmo-maturity/results/[a-z2-7]{26}\?lang=en$", heron.QuerySelector("th a")!.GetAttribute("href"));
        var spread = page.QuerySelector("table.spread tbody tr")!;
        Assert.Contains("2.0–4.0", spread.TextContent, StringComparison.Ordinal);
        Assert.Equal("3.0", spread.QuerySelector("td.heat")!.TextContent.Trim());
        Assert.Equal("2", spread.QuerySelectorAll("td")[^1].TextContent.Trim());
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Signing_in_never_redirects_to_another_site(string returnUrl)
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var response = await Web.SignInAsync(browser, AccessKeySiteFixture.Key, returnUrl);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/assessments/dashboard", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_return_address_with_letters_outside_ascii_is_followed_percent_encoded_not_a_500()
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var response = await Web.SignInAsync(browser, AccessKeySiteFixture.Key, "/assessments/dashboard?team=Åland-Öst");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/assessments/dashboard?team=%C3%85land-%C3%96st", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Behind_an_https_proxy_the_cookie_is_secure()
    {
        using var browser = Web.NewBrowser(fixture.Site);
        var form = await Web.HtmlAsync(await browser.GetAsync("/assessments/dashboard/sign-in"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/assessments/dashboard/sign-in")
        {
            Content = Web.Fields(form, "form.dashboard-sign-in__form", new Dictionary<string, string> { ["key"] = AccessKeySiteFixture.Key }),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("secure", response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pmo-dashboard=", StringComparison.Ordinal)).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_without_the_antiforgery_token_or_from_another_origin_is_refused()
    {
        using var browser = Web.NewBrowser(fixture.Site);
        var form = await Web.HtmlAsync(await browser.GetAsync("/assessments/dashboard/sign-in"));

        using var noToken = await browser.PostAsync("/assessments/dashboard/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = AccessKeySiteFixture.Key }));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/assessments/dashboard/sign-in")
        {
            Content = Web.Fields(form, "form.dashboard-sign-in__form", new Dictionary<string, string> { ["key"] = AccessKeySiteFixture.Key }),
        };
        request.Headers.Add("Origin", "https://evil.example");
        using var otherOrigin = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/assessments/dashboard")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = Web.NewBrowser(fixture.Site);
        (await Web.SignInAsync(browser, AccessKeySiteFixture.Key)).Dispose();
        var dashboard = await Web.HtmlAsync(await browser.GetAsync("/assessments/dashboard?lang=sv"));

        using var signedOut = await browser.PostAsync("/assessments/dashboard/sign-out", Web.Fields(dashboard, "form.dashboard-sign-out", new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);
        Assert.Equal("/sv/", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/assessments/dashboard")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_and_the_assessments_live_side_by_side()
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var assessment = await browser.GetAsync("/assessments/pmo-maturity?lang=en");
        using var dashboard = await browser.GetAsync("/assessments/dashboard/");

        Assert.Equal(HttpStatusCode.OK, assessment.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
    }
}
