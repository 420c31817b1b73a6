using System.Net;
using System.Net.Http.Json;
using System.Text;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests.Assessments;

/// <summary>The app on 127.0.0.1 over the real content, with a given submission rate limit.</summary>
public abstract class RateLimitedSite(int submissionsPerMinute) : IAsyncLifetime
{
    public RunningSite Site { get; private set; } = default!;

    public async Task InitializeAsync() => Site = await RunningSite.StartAsync(RepositoryPaths.Content,
        settings: new Dictionary<string, string?> { ["RateLimits:SubmissionsPerMinute"] = submissionsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>A limit high enough for the concurrency test.</summary>
public sealed class AssessmentSiteFixture() : RateLimitedSite(10_000);

public class AssessmentApiTests(AssessmentSiteFixture fixture) : IClassFixture<AssessmentSiteFixture>
{
    private HttpClient Client => fixture.Site.Client;

    [Fact]
    public async Task Lists_every_assessment_in_every_language()
    {
        var list = await AssessmentClient.JsonAsync(await Client.GetAsync("/api/assessments"));

        var entries = list.EnumerateArray().Select(e => (Id: e.GetProperty("id").GetString(), Lang: e.GetProperty("lang").GetString(), Title: e.GetProperty("title").GetString())).ToArray();
        Assert.Contains(("pmo-maturity", "en", "PMO maturity self-assessment"), entries);
        Assert.Contains(entries, e => e is { Id: "pmo-maturity", Lang: "sv" } && e.Title!.StartsWith("Självskattning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_definition_comes_in_the_asked_language_with_five_levels_per_question()
    {
        var definition = await AssessmentClient.JsonAsync(await Client.GetAsync("/api/assessments/pmo-maturity?lang=sv"));

        Assert.Equal("pmo-maturity", definition.GetProperty("id").GetString());
        var dimensions = definition.GetProperty("dimensions").EnumerateArray().ToArray();
        Assert.Equal(AssessmentClient.Definition.Dimensions.Count, dimensions.Length);
        Assert.All(dimensions.SelectMany(d => d.GetProperty("questions").EnumerateArray()), question =>
            Assert.Equal([1, 2, 3, 4, 5], question.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("value").GetInt32())));
        Assert.Equal(AssessmentClient.Definition.Dimensions[0].Title.For("sv"), dimensions[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/assessments/pmo-maturity?lang=de", HttpStatusCode.BadRequest)]
    [InlineData("/api/assessments/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("/api/assessments/..%2F..%2Fsite", HttpStatusCode.NotFound)]
    [InlineData("/api/assessments/pmo-maturity/responses/aaaaaaaaaaaaaaaaaaaaaaaaaa", HttpStatusCode.NotFound)]
    [InlineData("/api/assessments/pmo-maturity/responses/..%2F..%2Fetc", HttpStatusCode.NotFound)]
    [InlineData("/assessments/pmo-maturity/results/not-an-id", HttpStatusCode.NotFound)]
    [InlineData("/assessments/Nope", HttpStatusCode.NotFound)]
    public async Task Unknown_or_hostile_ids_are_404_and_bad_filters_400(string url, HttpStatusCode expected)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_response_is_201_with_scores_readable_at_once_and_committed_to_git()
    {
        using var posted = await AssessmentClient.SubmitAsync(Client, AssessmentClient.Body(team: "Team Heron"));

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var body = await AssessmentClient.JsonAsync(posted);
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/assessments/pmo-maturity/results/{id}", posted.Headers.Location!.OriginalString);
        Assert.Equal(AssessmentClient.Definition.Dimensions.Count, body.GetProperty("scores").EnumerateObject().Count());
        Assert.InRange(body.GetProperty("overall").GetDouble(), 1, 5);

        var stored = await AssessmentClient.JsonAsync(await Client.GetAsync($"/api/assessments/pmo-maturity/responses/{id}"));
        Assert.Equal("Team Heron", stored.GetProperty("team").GetString());

        var subjects = await AssessmentClient.WaitForCommitsAsync(fixture.Site.ResultsRepository, [id]);
        Assert.Contains($"assessment pmo-maturity: response {id}", subjects);
        var file = Directory.GetFiles(Path.Combine(fixture.Site.ResultsRepository, "results", "pmo-maturity"), $"*-{id}.json", SearchOption.AllDirectories);
        Assert.Matches(@"results/pmo-maturity/\d{4}/\d{4}-\d{2}-\d{2}-[a-z2-7]{26}\.json$", Assert.Single(file).Replace('\\', '/'));
    }

    [Fact]
    public async Task Everything_that_carries_a_result_is_kept_out_of_caches_and_search_engines()
    {
        using var posted = await AssessmentClient.SubmitAsync(Client, AssessmentClient.Body(team: "Team Kestrel"));
        var id = (await AssessmentClient.JsonAsync(posted)).GetProperty("id").GetString()!;
        var responses = new List<HttpResponseMessage> { posted };
        foreach (var path in new[] { $"/api/assessments/pmo-maturity/responses/{id}", $"/assessments/pmo-maturity/results/{id}", $"/assessments/pmo-maturity/results/{id}/result.json", $"/assessments/pmo-maturity/results/{id}/result.csv" })
        {
            responses.Add(await Client.GetAsync(path));
        }

        Assert.All(responses, r =>
        {
            Assert.True(r.IsSuccessStatusCode, r.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.True(r.Headers.CacheControl?.NoStore, r.RequestMessage.RequestUri.AbsolutePath);
            Assert.Contains("noindex", string.Join(",", r.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        });
        responses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task A_filled_in_honeypot_on_the_api_looks_like_success_and_stores_nothing()
    {
        var team = "Spam Bot " + Guid.NewGuid().ToString("N");

        using var posted = await AssessmentClient.SubmitAsync(Client, new { team, role = "Bot", lang = "en", answers = AssessmentClient.Answers(), website = "https://spam.example" });

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = (await AssessmentClient.JsonAsync(posted)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/assessments/pmo-maturity/responses/{id}")).StatusCode);
        // The outbox write is done before the answer, so anything kept would be on disk by now.
        Assert.Empty(Dashboard.Web.StoredFilesContaining(fixture.Site, team));
    }

    [Theory]
    [InlineData("/api/assessments/pmo-maturity/responses", "team")]
    [InlineData("/api/feedback", "comment")]
    public async Task Half_a_character_or_bytes_that_are_not_utf8_in_a_text_field_are_400_naming_it(string path, string field)
    {
        foreach (var bad in new byte[][] { Encoding.UTF8.GetBytes("\\ud800"), [0x41, 0xFF, 0xFE, 0x42] })
        {
            var body = Encoding.UTF8.GetBytes($$"""{"page":"/en/roles/balancer/","helpful":"no","role":"Sponsor","lang":"en","{{field}}":""" + "\"")
                .Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");

            using var response = await Client.PostAsync(path, content);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            // Named where the parser gets that far; bytes it refuses to read at all are "not valid JSON" ("").
            var errors = (await AssessmentClient.JsonAsync(response)).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _) || errors.TryGetProperty("", out _), errors.ToString());
        }
    }

    [Fact]
    public async Task An_invalid_response_is_400_problem_json_naming_every_bad_field()
    {
        var answers = AssessmentClient.Answers();
        answers["governance-mandate"] = 7;
        answers.Remove(answers.Keys.Last());
        using var content = new StringContent(
            $$"""{"team": 42, "role": "Sponsor", "lang": "en", "answers": {{System.Text.Json.JsonSerializer.Serialize(answers)[..^1]}}, "no-such-question": 3, "cadence-forums": "high"}, "comment": "{{new string('x', 3000)}}"}""",
            Encoding.UTF8, "application/json");

        using var response = await Client.PostAsync("/api/assessments/pmo-maturity/responses", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await AssessmentClient.JsonAsync(response)).GetProperty("errors");
        var fields = errors.EnumerateObject().Select(e => e.Name).ToHashSet();
        Assert.Contains("team", fields);
        Assert.Contains("comment", fields);
        Assert.Contains("answers.governance-mandate", fields);
        Assert.Contains("answers.no-such-question", fields);
        Assert.Contains("answers.cadence-forums", fields);
        Assert.Contains($"answers.{AssessmentClient.Answers().Keys.Last()}", fields);
    }

    [Fact]
    public async Task Bodies_that_are_not_json_too_big_or_broken_are_rejected_with_a_problem_not_a_500()
    {
        using var text = await Client.PostAsync("/api/assessments/pmo-maturity/responses", new StringContent("team=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        using var big = await Client.PostAsync("/api/assessments/pmo-maturity/responses", new StringContent($"{{\"team\":\"{new string('x', 100_000)}\"}}", Encoding.UTF8, "application/json"));
        using var broken = await Client.PostAsync("/api/assessments/pmo-maturity/responses", new StringContent("{\"team\":", Encoding.UTF8, "application/json"));
        using var array = await Client.PostAsync("/api/assessments/pmo-maturity/responses", new StringContent("[1,2]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, array.StatusCode);
    }

    [Fact]
    public async Task A_post_from_another_origin_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/assessments/pmo-maturity/responses") { Content = JsonContent.Create(AssessmentClient.Body()) };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Sixty_parallel_submissions_become_sixty_files_and_sixty_commits()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            using var response = await AssessmentClient.SubmitAsync(Client, AssessmentClient.Body(team: $"Parallel {i}", seed: i));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await AssessmentClient.JsonAsync(response)).GetProperty("id").GetString()!;
        }));

        var subjects = await AssessmentClient.WaitForCommitsAsync(fixture.Site.ResultsRepository, responses);

        Assert.Equal(60, responses.Distinct().Count());
        Assert.All(responses, id => Assert.Single(subjects, s => s == $"assessment pmo-maturity: response {id}"));
        var files = Directory.GetFiles(Path.Combine(fixture.Site.ResultsRepository, "results", "pmo-maturity"), "*.json", SearchOption.AllDirectories);
        Assert.All(responses, id => Assert.Single(files, f => f.EndsWith($"-{id}.json", StringComparison.Ordinal)));
    }

    private static HttpRequestMessage KeyedSubmission(string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/assessments/{AssessmentClient.Id}/responses") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return request;
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_gets_the_first_response_and_adds_no_commit()
    {
        var key = Guid.NewGuid().ToString();
        var body = AssessmentClient.Body(team: "Team Retry", seed: 3);

        // The second and third race the first: a client that gave up waiting and sent again, twice.
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            using var request = KeyedSubmission(key, body);
            using var response = await Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Single() == "true";
            return (Id: (await AssessmentClient.JsonAsync(response)).GetProperty("id").GetString()!, Replayed: replayed, response.Headers.Location);
        }));

        var id = Assert.Single(responses.Select(r => r.Id).Distinct());
        Assert.Equal(2, responses.Count(r => r.Replayed));
        Assert.All(responses, r => Assert.Equal($"/assessments/pmo-maturity/results/{id}", r.Location!.OriginalString));
        var subjects = await AssessmentClient.WaitForCommitsAsync(fixture.Site.ResultsRepository, [id]);
        Assert.Single(subjects, s => s == $"assessment pmo-maturity: response {id}");

        using var other = KeyedSubmission(Guid.NewGuid().ToString(), body);
        using var fresh = await Client.SendAsync(other);
        Assert.NotEqual(id, (await AssessmentClient.JsonAsync(fresh)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_other_answers_is_422_and_stores_nothing_new()
    {
        var key = Guid.NewGuid().ToString();
        string id;
        using (var first = KeyedSubmission(key, AssessmentClient.Body(team: "Team Reuse", seed: 1)))
        {
            using var response = await Client.SendAsync(first);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await AssessmentClient.JsonAsync(response)).GetProperty("id").GetString()!;
        }
        await AssessmentClient.WaitForCommitsAsync(fixture.Site.ResultsRepository, [id]);

        using var second = KeyedSubmission(key, AssessmentClient.Body(team: "Team Reuse", seed: 2));
        using var reused = await Client.SendAsync(second);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType!.MediaType);
        static bool IsReuse(string file) => File.ReadAllText(file).Contains("Team Reuse", StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(fixture.Site.ResultsOutbox, "*", SearchOption.AllDirectories), IsReuse);
        var stored = Assert.Single(Directory.GetFiles(Path.Combine(fixture.Site.ResultsRepository, "results"), "*.json", SearchOption.AllDirectories), IsReuse);
        Assert.EndsWith($"-{id}.json", stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has space in it, sixteen+")]
    [InlineData("../../../../etc/passwd-xx")]
    public async Task A_malformed_idempotency_key_is_400_naming_the_header(string key)
    {
        using var request = KeyedSubmission(key, AssessmentClient.Body(team: "Team Badkey"));
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await AssessmentClient.JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Idempotency-Key", out _));
    }

    [Fact]
    public async Task Health_reports_the_result_store_and_its_backlog()
    {
        var health = await AssessmentClient.JsonAsync(await Client.GetAsync("/health"));

        var results = health.GetProperty("checks").GetProperty("results");
        Assert.Equal("git", results.GetProperty("data").GetProperty("store").GetString());
        Assert.True(results.GetProperty("data").TryGetProperty("backlog", out _));
    }
}

/// <summary>A site whose rate limit is two submissions a minute.</summary>
public sealed class RateLimitedSiteFixture() : RateLimitedSite(2);

public class AssessmentRateLimitTests(RateLimitedSiteFixture fixture) : IClassFixture<RateLimitedSiteFixture>
{
    [Fact]
    public async Task Over_the_limit_a_client_gets_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await AssessmentClient.SubmitAsync(fixture.Site.Client, AssessmentClient.Body(team: "Limited"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }
}
