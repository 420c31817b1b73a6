using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PmoPlaybook.Integration.Tests.Dashboard;

/// <summary>Page feedback over HTTP: the form's token, the form post and the JSON API, the guards, and the dashboard's view of it.</summary>
[Collection(AccessKeySiteCollection.Name)]
public class FeedbackTests(AccessKeySiteFixture fixture)
{
    private const string Page = "/en/roles/pace-keeper/";

    /// <summary>The article's feedback form with a token from the app filled in, as theme.js fills it in.</summary>
    private static async Task<FormUrlEncodedContent> FeedbackFormAsync(HttpClient browser, string helpful, string comment, string honeypot = "")
    {
        var page = await Web.HtmlAsync(await browser.GetAsync(Page));
        using var token = JsonDocument.Parse(await browser.GetStringAsync("/api/feedback/token"));
        return Web.Fields(page, "form.page-feedback__form", new Dictionary<string, string>
        {
            [token.RootElement.GetProperty("field").GetString()!] = token.RootElement.GetProperty("token").GetString()!,
            ["helpful"] = helpful,
            ["comment"] = comment,
            ["website"] = honeypot,
        });
    }

    [Fact]
    public async Task Every_article_ends_with_the_form_hidden_until_the_app_gives_a_token()
    {
        var page = await Web.HtmlAsync(await fixture.Site.Client.GetAsync(Page));

        var section = page.QuerySelector("article + section#feedback")!;
        Assert.True(section.HasAttribute("hidden"));
        Assert.Equal("/api/feedback/token", section.GetAttribute("data-token-url"));
        Assert.Equal("/feedback", section.QuerySelector("form")!.GetAttribute("action"));
        Assert.Equal(Page, section.QuerySelector("input[name=page]")!.GetAttribute("value"));
        Assert.Equal(["yes", "no"], section.QuerySelectorAll("input[name=helpful]").Select(i => i.GetAttribute("value")));
        Assert.NotNull(section.QuerySelector("label[for=feedback-comment]"));
        Assert.Null(page.QuerySelector("#feedback input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task A_form_post_is_committed_to_git_and_answered_204_for_fetch_or_303_back_to_the_page()
    {
        using var browser = Web.NewBrowser(fixture.Site);
        var marker = "form-" + Guid.NewGuid().ToString("N");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = await FeedbackFormAsync(browser, "no", $"Needs an example ({marker}).") };
        request.Headers.Add("Accept", "application/json");
        using var fetched = await browser.SendAsync(request);
        using var plain = await browser.PostAsync("/feedback", await FeedbackFormAsync(browser, "yes", ""));

        Assert.Equal(HttpStatusCode.NoContent, fetched.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, plain.StatusCode);
        Assert.Equal($"{Page}?feedback=thanks#feedback", plain.Headers.Location!.OriginalString);
        var subjects = await Web.WaitForCommitAsync(fixture.Site.ResultsRepository, $"feedback: {Page} no");
        Assert.Contains($"feedback: {Page} no", subjects);
        var file = Assert.Single(Directory.EnumerateFiles(Path.Combine(fixture.Site.ResultsRepository, "feedback"), "*.json", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal));
        Assert.Matches(@"feedback/\d{4}/\d{4}-\d{2}-\d{2}-[a-z2-7]{26}\.json$", Path.GetRelativePath(fixture.Site.ResultsRepository, file).Replace('\\', '/'));
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = Web.NewBrowser(fixture.Site);

        using var response = await browser.PostAsync("/feedback", new FormUrlEncodedContent(new Dictionary<string, string> { ["page"] = Page, ["helpful"] = "yes" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Json_feedback_is_201_and_invalid_feedback_400_naming_each_field()
    {
        using var valid = await fixture.Site.Client.PostAsJsonAsync("/api/feedback", new { page = Page, helpful = "yes", comment = "Clear." });
        using var invalid = await fixture.Site.Client.PostAsJsonAsync("/api/feedback", new { page = "/../../etc/passwd", helpful = "perhaps", comment = new string('x', 1001) });
        using var missingPage = await fixture.Site.Client.PostAsJsonAsync("/api/feedback", new { page = "/en/no-such-page/", helpful = true });

        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        Assert.Matches("^[a-z2-7]{26}$", (await valid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["comment", "helpful", "page"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal(HttpStatusCode.BadRequest, missingPage.StatusCode);
        Assert.Contains("not a page of this site", await missingPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filled_in_honeypot_looks_like_success_and_stores_nothing()
    {
        using var browser = Web.NewBrowser(fixture.Site);
        var marker = "honeypot-" + Guid.NewGuid().ToString("N");

        using var form = await browser.PostAsync("/feedback", await FeedbackFormAsync(browser, "no", marker, honeypot: "https://spam.example"));
        using var json = await fixture.Site.Client.PostAsJsonAsync("/api/feedback", new { page = Page, helpful = "no", comment = marker, website = "https://spam.example" });

        Assert.Equal(HttpStatusCode.SeeOther, form.StatusCode);
        Assert.Equal(HttpStatusCode.Created, json.StatusCode);
        // The outbox write is done before the answer, so anything kept would be on disk by now.
        Assert.Empty(Web.StoredFilesContaining(fixture.Site, marker));
    }

    [Fact]
    public async Task Comments_are_encoded_on_the_dashboard_and_the_least_helpful_page_comes_first()
    {
        const string Attack = "<script>alert('pwned')</script><img src=x onerror=alert(1)>";
        foreach (var helpful in new[] { "no", "no", "no" })
        {
            (await fixture.Site.Client.PostAsJsonAsync("/api/feedback", new { page = "/en/roles/balancer/", helpful, comment = Attack })).Dispose();
        }
        using var browser = Web.NewBrowser(fixture.Site);
        (await Web.SignInAsync(browser, AccessKeySiteFixture.Key)).Dispose();

        using var response = await browser.GetAsync("/assessments/dashboard/feedback?lang=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        var page = await Web.HtmlAsync(response);
        var first = page.QuerySelector("table.feedback-table tbody tr")!;
        Assert.Equal("/en/roles/balancer/", first.QuerySelector(".feedback-path")!.TextContent);
        Assert.Equal("3", first.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.All(page.QuerySelectorAll(".feedback-comment").Where(c => c.TextContent.Contains("pwned", StringComparison.Ordinal)),
            comment => Assert.Equal(Attack, comment.TextContent));
    }

    [Fact]
    public async Task Content_health_lists_the_pages_readers_found_least_helpful_when_served_by_the_app()
    {
        const string page = "/sv/playbooks/risk-management/";
        foreach (var helpful in new[] { "no", "no", "yes" })
        {
            using var posted = await fixture.Site.Client.PostAsJsonAsync("/api/feedback", new { page, helpful });
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        var served = await Web.HtmlAsync(await fixture.Site.Client.GetAsync("/sv/content-health/"));
        var built = await File.ReadAllTextAsync(Path.Combine(fixture.Site.OutputDirectory, "sv", "content-health", "index.html"));

        var row = served.QuerySelectorAll("#least-helpful tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == page);
        Assert.Equal(["2", "1"], row.QuerySelectorAll("td").Skip(1).Select(c => c.TextContent.Trim()));
        Assert.False(string.IsNullOrWhiteSpace(row.QuerySelector("a")!.TextContent));
        Assert.NotNull(served.QuerySelector("#past-review"));
        Assert.Contains("appens adress", built, StringComparison.Ordinal);
    }
}
