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
