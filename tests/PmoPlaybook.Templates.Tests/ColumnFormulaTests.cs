using PmoPlaybook.Templates.Excel;

namespace PmoPlaybook.Templates.Tests;

public class ColumnFormulaTests
{
    private static readonly string[] Headers = ["Risk", "Risk reduction", "Go/No-go", "Likelihood", "Impact"];

    [Theory]
    [InlineData("Likelihood * Impact", "D7*E7")]
    [InlineData("likelihood*impact", "D7*E7")]
    [InlineData("(Risk reduction + 1.5) / -Impact", "(B7+1.5)/-E7")]
    [InlineData("Risk - Risk reduction", "A7-B7")]
    [InlineData("Go/No-go * 2", "C7*2")]
    public void Translates_header_names_to_cell_references(string formula, string expected) =>
        Assert.Equal(expected, ColumnFormula.Parse(formula, Headers, "Score").ForRow(7));

    [Theory]
    [InlineData("Likelihood * Severity", "'Severity'")]
    [InlineData("SUM(Likelihood)", "'SUM'")]
    [InlineData("Riskiness + 1", "'Riskiness'")]
    public void Names_the_unknown_column(string formula, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => ColumnFormula.Parse(formula, Headers, "Score"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Likelihood *")]
    [InlineData("Likelihood Impact")]
    [InlineData("(Likelihood * Impact")]
    [InlineData("Likelihood * Impact)")]
    [InlineData("* Impact")]
    public void Rejects_malformed_formulas(string formula) =>
        Assert.Throws<ArgumentException>(() => ColumnFormula.Parse(formula, Headers, "Score"));
}
