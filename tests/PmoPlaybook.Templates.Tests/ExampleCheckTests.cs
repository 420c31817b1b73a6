using PmoPlaybook.Templates.Registers;

namespace PmoPlaybook.Templates.Tests;

public class ExampleCheckTests
{
    [Fact]
    public void Examples_that_agree_with_their_formulas_pass()
    {
        Assert.Empty(ExampleCheck.Run(TestSources.SwedishRegister()));
        Assert.Empty(ExampleCheck.Run(TestSources.Wsjf()));
    }

    [Fact]
    public void A_wrong_example_is_named_with_its_line_column_and_both_values()
    {
        var mismatch = Assert.Single(ExampleCheck.Run(TestSources.SwedishRegister(score: "12")));

        Assert.Equal(5, mismatch.Line);
        Assert.Equal("Poäng", mismatch.Column);
        Assert.Equal("'12'", mismatch.Shown);
        Assert.Equal("'16'", mismatch.Calculated);
    }

    [Fact]
    public void A_rounded_example_matches_at_its_own_decimals_but_not_beyond()
    {
        var wsjf = TestSources.Wsjf();

        Assert.Empty(ExampleCheck.Run(wsjf with { Markdown = wsjf.Markdown.Replace("| 3,2 |", "| 3,20 |", StringComparison.Ordinal) }));
        Assert.Single(ExampleCheck.Run(wsjf with { Markdown = wsjf.Markdown.Replace("| 3,2 |", "| 3,3 |", StringComparison.Ordinal) }));
    }

    [Fact]
    public void A_number_written_the_wrong_way_for_the_language_is_caught_and_the_right_way_suggested()
    {
        var wsjf = TestSources.Wsjf();

        var mismatch = Assert.Single(ExampleCheck.Run(wsjf with { Markdown = wsjf.Markdown.Replace("| 3,2 |", "| 3.2 |", StringComparison.Ordinal) }));

        Assert.Equal(("'3.2'", "'3,2'"), (mismatch.Shown, mismatch.Calculated));
    }

    [Fact]
    public void Every_risk_in_the_test_register_is_checked_including_the_literal_scores()
    {
        // 3 × 4 = 12, R-002: 2 × 5 = 10, 007: 1 × 5 = 5, all as written.
        Assert.Empty(ExampleCheck.Run(TestSources.RiskRegister()));
        var wrong = TestSources.RiskRegister() with { Markdown = TestSources.RiskRegister().Markdown.Replace("| 2 | 5 | 10 |", "| 2 | 5 | 9 |", StringComparison.Ordinal) };
        Assert.Equal("Score", Assert.Single(ExampleCheck.Run(wrong)).Column);
    }
}
