using System.Text.Json;
using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Assessments.Tests;

public class ResponseValidatorTests
{
    private static readonly Definitions.AssessmentDefinition Definition = SampleDefinition.Read();

    private static (ValidResponse? Response, IDictionary<string, string[]> Errors) ValidateJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var (response, errors) = ResponseValidator.Validate(Definition, ResponseInputReader.FromJson(document.RootElement), SampleDefinition.Languages);
        return (response, errors.ToDictionary());
    }

    private const string AllAnswers = "\"alpha-one\":1,\"alpha-two\":2,\"alpha-three\":null,\"beta-one\":0,\"beta-two\":5";

    [Fact]
    public void A_complete_submission_is_valid_and_zero_or_null_mean_dont_know()
    {
        var (response, errors) = ValidateJson($$"""{"team":" Team Falcon ","role":"Sponsor","lang":"sv","answers":{{{AllAnswers}}},"comment":"Bra"}""");

        Assert.Empty(errors);
        Assert.Equal("Team Falcon", response!.Team);
        Assert.Null(response.Answers["alpha-three"]);
        Assert.Null(response.Answers["beta-one"]);
        Assert.Equal(5, response.Answers["beta-two"]);
    }

    [Fact]
    public void Every_bad_field_is_named()
    {
        var (response, errors) = ValidateJson($$"""
            {"team":"","role":42,"lang":"de","answers":{"alpha-one":9,"alpha-two":"3","nope":1,"alpha-three":2.5,"beta-one":1},"comment":"{{new string('x', 2001)}}"}
            """);

        Assert.Null(response);
        Assert.Contains("required", errors["team"].Single(), StringComparison.Ordinal);
        Assert.Contains("must be a string", errors["role"].Single(), StringComparison.Ordinal);
        Assert.Contains("en, sv", errors["lang"].Single(), StringComparison.Ordinal);
        Assert.Contains("1 to 5", errors["answers.alpha-one"].Single(), StringComparison.Ordinal);
        Assert.Contains("whole number", errors["answers.alpha-two"].Single(), StringComparison.Ordinal);
        Assert.Contains("whole number", errors["answers.alpha-three"].Single(), StringComparison.Ordinal);
        Assert.Contains("not a question", errors["answers.nope"].Single(), StringComparison.Ordinal);
        Assert.Contains("not answered", errors["answers.beta-two"].Single(), StringComparison.Ordinal);
        Assert.Contains("longer than 2000", errors["comment"].Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "")]
    [InlineData("{\"team\":\"T\",\"role\":\"R\",\"lang\":\"en\"}", "answers")]
    [InlineData("{\"team\":\"T\",\"role\":\"R\",\"lang\":\"en\",\"answers\":[1,2]}", "answers")]
    [InlineData("{\"team\":\"T\\u0007\",\"role\":\"R\",\"lang\":\"en\",\"answers\":{}}", "team")]
    public void Wrong_shapes_are_errors_not_exceptions(string json, string field)
    {
        var (response, errors) = ValidateJson(json);

        Assert.Null(response);
        Assert.True(errors.ContainsKey(field), string.Join(", ", errors.Keys));
    }

    [Fact]
    public void A_form_post_reads_answer_fields_and_flags_non_numbers()
    {
        var input = ResponseInputReader.FromForm(new Dictionary<string, string?>
        {
            ["team"] = "T",
            ["role"] = "R",
            ["lang"] = "en",
            ["answer.alpha-one"] = "3",
            ["answer.alpha-two"] = "x",
            ["answer.beta-one"] = "0",
            ["__RequestVerificationToken"] = "t",
        });

        Assert.Equal(3, input.Answers!["alpha-one"]);
        Assert.Equal(0, input.Answers["beta-one"]);
        Assert.True(input.TypeErrors.ContainsKey("answers.alpha-two"));
    }

    [Fact]
    public void A_team_name_typed_decomposed_or_precomposed_is_one_team()
    {
        // As JSON escapes, so the test file itself cannot be normalised by an editor.
        const string Precomposed = "\\u00c5land \\u00d6st";
        const string Decomposed = "A\\u030aland O\\u0308st";

        var (nfc, _) = ValidateJson($$"""{"team":"{{Precomposed}}","role":"R","lang":"en","answers":{{{AllAnswers}}},"comment":"{{Decomposed}}"}""");
        var (nfd, _) = ValidateJson($$"""{"team":"{{Decomposed}}","role":"R","lang":"en","answers":{{{AllAnswers}}},"comment":null}""");

        Assert.Equal("\u00c5land \u00d6st", nfd!.Team);
        Assert.Equal(nfc!.Team, nfd.Team);
        Assert.Equal(nfc.Team, nfc.Comment);
    }

    [Fact]
    public void Half_of_a_unicode_character_is_a_problem_naming_the_field_not_an_exception()
    {
        var (response, errors) = ValidateJson($$"""{"team":"\ud800","role":"ok \udc00 no","lang":"en","answers":{{{AllAnswers}}},"comment":"fine \ud83d\ude00"}""");

        Assert.Null(response);
        Assert.Contains("unpaired surrogate", errors["team"].Single(), StringComparison.Ordinal);
        Assert.Contains("unpaired surrogate", errors["role"].Single(), StringComparison.Ordinal);
        Assert.False(errors.ContainsKey("comment"));
        var (_, direct) = ResponseValidator.Validate(Definition, new ResponseInput("\ud800", "R", "en", null, null), SampleDefinition.Languages);
        Assert.Contains("unpaired surrogate", direct.ToDictionary()["team"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_response_round_trips_through_json_with_its_scores_and_path()
    {
        var (valid, _) = ValidateJson("{\"team\":\"Team Falcon\",\"role\":\"Sponsor\",\"lang\":\"en\",\"answers\":{" + AllAnswers + "}}");
        var submitted = new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.FromHours(-2));
        var response = AssessmentResponse.Create(Definition, valid!, "abcdefghijklmnopqrstuvwxyz", submitted);

        var back = AssessmentResponse.FromJson(response.ToJson())!;

        Assert.Equal("results/sample/2026/2026-11-24-abcdefghijklmnopqrstuvwxyz.json", response.FilePath);
        Assert.Equal("assessment sample: response abcdefghijklmnopqrstuvwxyz", response.CommitMessage);
        Assert.Equal(1.5, back.Scores["alpha"]);
        Assert.Equal(5, back.Scores["beta"]);
        Assert.Equal(3.3, back.Overall);
        Assert.Null(back.Answers["alpha-three"]);
        Assert.Equal("team falcon", back.TeamKey);
    }

    [Fact]
    public void The_earlier_result_a_response_continues_is_kept_when_well_formed_and_named_when_not()
    {
        var previous = ResponseId.New();
        var (valid, _) = ValidateJson($$"""{"team":"T","role":"R","lang":"en","answers":{{{AllAnswers}}},"previous":"{{previous}}"}""");
        var (_, malformed) = ValidateJson($$"""{"team":"T","role":"R","lang":"en","answers":{{{AllAnswers}}},"previous":"../../x"}""");
        var (_, wrongType) = ValidateJson($$"""{"team":"T","role":"R","lang":"en","answers":{{{AllAnswers}}},"previous":7}""");
        var form = ResponseInputReader.FromForm(new Dictionary<string, string?> { ["previous"] = previous, ["team"] = "T" });

        Assert.Equal(previous, valid!.Previous);
        var back = AssessmentResponse.FromJson(AssessmentResponse.Create(Definition, valid, ResponseId.New(), DateTimeOffset.UnixEpoch).ToJson())!;
        Assert.Equal(previous, back.Previous);
        Assert.Contains("earlier result", malformed["previous"].Single(), StringComparison.Ordinal);
        Assert.Contains("must be a string", wrongType["previous"].Single(), StringComparison.Ordinal);
        Assert.Equal(previous, form.Previous);
        Assert.Null(AssessmentResponse.FromJson("""{"id":"x","assessment":"a","submittedAt":"2025-01-01T00:00:00Z","team":"T","role":"R","lang":"en","answers":{},"scores":{}}""")!.Previous);
    }

    [Fact]
    public void Response_ids_are_unguessable_and_anything_else_from_a_url_is_refused()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => ResponseId.New()).ToHashSet();

        Assert.Equal(1000, ids.Count);
        Assert.All(ids, id => Assert.True(ResponseId.IsValid(id), id));
        Assert.False(ResponseId.IsValid("../../etc/passwd"));
        Assert.False(ResponseId.IsValid("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        Assert.False(ResponseId.IsValid(null));
    }
}
