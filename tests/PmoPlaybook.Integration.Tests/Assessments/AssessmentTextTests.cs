using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.Theme.Assessments;

namespace PmoPlaybook.Integration.Tests.Assessments;

public class AssessmentTextTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("sv")]
    public void Every_kind_of_problem_has_its_own_words_in_each_language(string lang)
    {
        var text = AssessmentText.For(lang);
        var messages = Enum.GetValues<ProblemKind>().Select(kind => text.Problem(new FieldProblem(kind, "api wording", "42"))).ToArray();

        Assert.Equal(messages.Length, messages.Distinct().Count());
        Assert.All(messages, m => Assert.DoesNotContain("api wording", m, StringComparison.Ordinal));
        Assert.Contains("42", text.Problem(new FieldProblem(ProblemKind.TooLong, "", "42")), StringComparison.Ordinal);
    }

    [Fact]
    public void Swedish_and_english_messages_differ()
    {
        var problem = new FieldProblem(ProblemKind.NotAnswered, "not answered");

        Assert.NotEqual(AssessmentText.For("en").Problem(problem), AssessmentText.For("sv").Problem(problem));
    }
}
