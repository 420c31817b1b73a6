using PmoPlaybook.Assessments.Pages;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Assessments.Tests;

public class RecommendationRuleTests
{
    private static IReadOnlyList<Diagnostic> Check(params (string, string)[] files)
    {
        using var temp = new TempDirectory();
        ContentFixture.Write(temp.Path, [
            ("en/index.md", ContentFixture.Page("Home")),
            ("sv/index.md", ContentFixture.Page("Start")),
            ("assessments/sample.yml", SampleDefinition.Yaml()),
            .. files,
        ]);
        var snapshot = ContentLoader.Load(temp.Path, null, [new AssessmentPageSource()]);
        return [.. snapshot.LoadDiagnostics, .. new RecommendationRule().Check(snapshot)];
    }

    [Fact]
    public void A_recommended_page_missing_in_a_language_is_an_error_at_the_recommendation()
    {
        var diagnostics = Check(("en/playbooks/risk.md", ContentFixture.Page("Risk")));

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.BrokenRecommendation);
        Assert.Equal("assessments/sample.yml", error.Path);
        Assert.Contains("content/sv/", error.Message);
        Assert.DoesNotContain("content/en/", error.Message);
    }

    [Fact]
    public void A_recommended_page_that_does_not_load_has_its_own_error_only()
    {
        var diagnostics = Check(
            ("en/playbooks/risk.md", ContentFixture.Page("Risk")),
            ("sv/playbooks/risk.md", "---\ntitle: Risk\ntype: playbook\nsummary: \"unclosed\n---\nText.\n"));

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("sv/playbooks/risk.md", DiagnosticCodes.MalformedYaml), (error.Path, error.Code));
    }
}
