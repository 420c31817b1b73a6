using System.Net;
using System.Text.Json;

namespace PmoPlaybook.Integration.Tests;

/// <summary>/api/search and /search over HTTP against the real app and the real content's index.</summary>
public class SearchApiTests(RunningSiteFixture fixture) : IClassFixture<RunningSiteFixture>
{
    private HttpClient Client => fixture.Site.Client;

    private async Task<JsonElement> SearchAsync(string query, string extra = "")
    {
        using var response = await Client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}{extra}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>
    /// Judged queries: what readers type (including typos and questions), in both languages, and the page
    /// that must be among the first three results.
    /// </summary>
    [Theory]
    [InlineData("facilitatr", "en", "/en/roles/facilitator/")]
    [InlineData("pace keeper", "en", "/en/roles/pace-keeper/")]
    [InlineData("cadence", "en", "/en/roles/pace-keeper/")]
    [InlineData("wsjf", "en", "/en/glossary/")]
    [InlineData("supportive controlling directive", "en", "/en/about/pmo-types/")]
    [InlineData("setting up a pmo", "en", "/en/playbooks/setting-up-a-pmo/")]
    [InlineData("balance perspectives", "en", "/en/roles/balancer/")]
    [InlineData("strategy map dashboards", "en", "/en/roles/visualiser/")]
    [InlineData("what is a pmo", "en", "/en/about/what-is-a-pmo/")]
    [InlineData("visualiser", "en", "/en/roles/visualiser/")]
    [InlineData("safe meetings", "en", "/en/roles/facilitator/")]
    [InlineData("\"cost of delay\"", "en", "/en/glossary/")]
    [InlineData("vad gör takthållaren", "sv", "/sv/roles/pace-keeper/")]
    [InlineData("prioriteringar", "sv", "/sv/playbooks/intake-and-prioritisation/")]
    [InlineData("avvägningar perspektiv", "sv", "/sv/roles/balancer/")]
    [InlineData("balansmästaren", "sv", "/sv/roles/balancer/")]
    [InlineData("synliggöraren", "sv", "/sv/roles/visualiser/")]
    [InlineData("facilitatorn", "sv", "/sv/roles/facilitator/")]
    [InlineData("ordlista", "sv", "/sv/glossary/")]
    [InlineData("styrande stödjande", "sv", "/sv/about/pmo-types/")]
    [InlineData("sätta upp ett pmo", "sv", "/sv/playbooks/setting-up-a-pmo/")]
    [InlineData("förseningskostnad", "sv", "/sv/glossary/")]
    [InlineData("takthållarn", "sv", "/sv/roles/pace-keeper/")]
    [InlineData("trygga möten", "sv", "/sv/roles/facilitator/")]
    [InlineData("portföljtavla", "sv", "/sv/roles/visualiser/")]
    public async Task Judged_queries_find_the_expected_page_in_the_top_three(string query, string language, string expected)
    {
        var body = await SearchAsync(query, $"&prefer={language}&limit=3");

        var urls = body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!.Split('#')[0]).ToArray();
        Assert.True(urls.Contains(expected), $"'{query}' → [{string.Join(", ", urls)}], expected {expected}");
    }

    [Fact]
    public async Task The_response_has_the_contract_shape()
    {
        var body = await SearchAsync("facilitator", "&lang=en&type=role&limit=2");

        Assert.Equal("facilitator", body.GetProperty("query").GetString());
        Assert.True(body.GetProperty("total").GetInt32() >= 1);
        Assert.True(body.GetProperty("tookMs").GetDouble() >= 0);
        var hit = body.GetProperty("hits").EnumerateArray().First();
        foreach (var field in new[] { "title", "url", "type", "lang", "snippet" })
        {
            Assert.Equal(JsonValueKind.String, hit.GetProperty(field).ValueKind);
        }
        Assert.Equal(JsonValueKind.Number, hit.GetProperty("score").ValueKind);
        Assert.Equal(("role", "en"), (hit.GetProperty("type").GetString(), hit.GetProperty("lang").GetString()));
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
        Assert.True(body.GetProperty("hits").GetArrayLength() <= 2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20%20")]
    public async Task Empty_queries_are_200_with_nothing(string q)
    {
        using var response = await Client.GetAsync("/api/search?q=" + q);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("q=risk&limit=0", "limit")]
    [InlineData("q=risk&limit=abc", "limit")]
    [InlineData("q=risk&limit=100000", "limit")]
    [InlineData("q=risk&type=recipe", "type")]
    [InlineData("q=risk&lang=xx", "lang")]
    [InlineData("q=a&q=b", "q")]
    public async Task Bad_parameters_get_400_naming_the_field(string queryString, string field)
    {
        using var response = await Client.GetAsync("/api/search?" + queryString);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Fact]
    public async Task An_overlong_query_is_400()
    {
        using var response = await Client.GetAsync("/api/search?q=" + new string('a', 600));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Hostile_input_never_gets_a_server_error()
    {
        var random = new Random(42);
        const string alphabet = "ab åäö\"'-+*?~^:()[]{}\\/!&|<>#%;=\t日本🚀";
        var inputs = Enumerable.Range(0, 150)
            .Select(_ => new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
            .Concat(["title:risk AND body:*", "\"\"\"\"", "-", "*:*", "a~0.5^100", "%", "%00", "<script>alert(1)</script>"]);

        foreach (var input in inputs)
        {
            using var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(input));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{input} → {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_search_page_works_without_javascript_and_escapes_the_query()
    {
        var html = await Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("facilitator <script>alert(1)</script>") + "&lang=en");
        var swedish = await Client.GetStringAsync("/sv/search/?q=takth%C3%A5llaren");

        Assert.Contains("class=\"search-hit\"", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("href=\"/sv/roles/pace-keeper/", swedish);
        Assert.Contains("träffar för", swedish);
    }

    [Fact]
    public async Task Health_reports_the_search_index()
    {
        using var body = JsonDocument.Parse(await Client.GetStringAsync("/health"));

        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("search").GetProperty("status").GetString());
    }
}
