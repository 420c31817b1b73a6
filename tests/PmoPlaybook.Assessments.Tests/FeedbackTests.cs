using System.Text.Json;
using PmoPlaybook.Assessments.Feedback;

namespace PmoPlaybook.Assessments.Tests;

public class FeedbackTests
{
    private static readonly DateTimeOffset Noon = new(2025, 3, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> Pages = ["/en/roles/pace-keeper/", "/sv/roller/takthallare/"];

    private static (ValidFeedback? Feedback, IDictionary<string, string[]> Errors) Validate(FeedbackInput input)
    {
        var (feedback, errors) = FeedbackValidator.Validate(input, Pages.Contains);
        return (feedback, errors.ToDictionary());
    }

    private static FeedbackEntry Entry(string page, bool helpful, int minutes, string? comment = null) =>
        new(Responses.ResponseId.New(), page, helpful, comment, Noon.AddMinutes(minutes));

    [Fact]
    public void Valid_feedback_is_trimmed_and_becomes_one_file_and_one_commit()
    {
        var (feedback, errors) = Validate(new FeedbackInput(" /en/roles/pace-keeper/ ", "No", "  Needs an example.  "));

        Assert.Empty(errors);
        var entry = FeedbackEntry.Create(feedback!, "abcdefghijklmnopqrstuvwxyz", Noon);
        Assert.Equal("feedback/2025/2025-03-03-abcdefghijklmnopqrstuvwxyz.json", entry.FilePath);
        Assert.Equal("feedback: /en/roles/pace-keeper/ no", entry.CommitMessage);
        Assert.Equal(entry, FeedbackEntry.FromJson(entry.ToJson()));
        Assert.Contains("\"comment\": \"Needs an example.\"", entry.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "page")]
    [InlineData("/en/no-such-page/", "page")]
    [InlineData("/en/../../etc/passwd/", "page")]
    [InlineData("https://evil.example/en/", "page")]
    [InlineData("/en/roles/pace-keeper", "page")]
    [InlineData("/en//roles/", "page")]
    [InlineData("/EN/roles/", "page")]
    public void A_page_that_is_not_one_of_the_sites_clean_urls_is_refused(string? page, string field)
    {
        var (feedback, errors) = Validate(new FeedbackInput(page, "yes", null));

        Assert.Null(feedback);
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void The_existence_check_only_sees_paths_of_the_right_shape()
    {
        var asked = new List<string>();
        FeedbackValidator.Validate(new FeedbackInput("/../x/", "yes", null), p => { asked.Add(p); return true; });
        FeedbackValidator.Validate(new FeedbackInput("/en/x/", "yes", null), p => { asked.Add(p); return true; });

        Assert.Equal(["/en/x/"], asked);
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var (feedback, errors) = Validate(new FeedbackInput("nope", "maybe", new string('x', FeedbackValidator.MaxCommentLength + 1)));

        Assert.Null(feedback);
        Assert.Equal(["comment", "helpful", "page"], errors.Keys.Order());
    }

    [Fact]
    public void A_comment_with_control_characters_is_refused_but_markup_is_kept_as_text()
    {
        Assert.Contains("comment", Validate(new FeedbackInput("/en/roles/pace-keeper/", "yes", "bell\u0007")).Errors.Keys);
        Assert.Equal("<script>alert(1)</script>", Validate(new FeedbackInput("/en/roles/pace-keeper/", "yes", "<script>alert(1)</script>")).Feedback!.Comment);
    }

    [Theory]
    [InlineData("""{"page":"/en/roles/pace-keeper/","helpful":true}""", true, null)]
    [InlineData("""{"page":"/en/roles/pace-keeper/","helpful":"no","comment":"Too long."}""", false, "Too long.")]
    public void Json_accepts_yes_no_or_booleans(string json, bool helpful, string? comment)
    {
        using var document = JsonDocument.Parse(json);

        var (feedback, errors) = Validate(FeedbackInput.FromJson(document.RootElement));

        Assert.Empty(errors);
        Assert.Equal((helpful, comment), (feedback!.Helpful, feedback.Comment));
    }

    [Fact]
    public void Json_of_the_wrong_type_is_named_per_field()
    {
        using var document = JsonDocument.Parse("""{"page":7,"helpful":[1],"comment":{"a":1}}""");
        using var array = JsonDocument.Parse("[]");

        Assert.Equal(["comment", "helpful", "page"], Validate(FeedbackInput.FromJson(document.RootElement)).Errors.Keys.Order());
        Assert.Contains("", Validate(FeedbackInput.FromJson(array.RootElement)).Errors.Keys);
    }

    [Fact]
    public void Tallies_put_the_pages_with_most_not_helpful_first_and_comments_newest_first()
    {
        var tallies = FeedbackTally.ByPage(
        [
            Entry("/en/a/", helpful: true, 0),
            Entry("/en/b/", helpful: false, 1, "old"),
            Entry("/en/b/", helpful: false, 5, "new"),
            Entry("/en/b/", helpful: true, 2, "  "),
            Entry("/en/c/", helpful: false, 3),
            Entry("/en/d/", helpful: false, 4),
            Entry("/en/d/", helpful: true, 6),
        ]);

        Assert.Equal(["/en/b/", "/en/c/", "/en/d/", "/en/a/"], tallies.Select(t => t.Page));
        var b = tallies[0];
        Assert.Equal((1, 2, 3), (b.Helpful, b.NotHelpful, b.Total));
        Assert.Equal(["new", "old"], b.Comments.Select(c => c.Comment));
    }
}
