using PmoPlaybook.Templates.Formulas;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Tests;

public class ColumnFormulaTests
{
    private static readonly string[] Headers = ["Risk", "Risk reduction", "Go/No-go", "Likelihood", "Impact", "Score", "Rating", "Load (%)"];

    [Theory]
    [InlineData("Likelihood * Impact", "D7*E7")]
    [InlineData("likelihood*impact", "D7*E7")]
    [InlineData("(Risk reduction + 1.5) / -Impact", "(B7+1.5)/-E7")]
    [InlineData("Risk - Risk reduction", "A7-B7")]
    [InlineData("Go/No-go * 2", "C7*2")]
    [InlineData("IF(Score >= 20, \"Critical\", IF(Score >= 10, \"High\", \"Low\"))", "IF(F7>=20,\"Critical\",IF(F7>=10,\"High\",\"Low\"))")]
    [InlineData("if(and(Rating = \"Yes\", Score <> 0), 2, 0)", "IF(AND(G7=\"Yes\",F7<>0),2,0)")]
    [InlineData("ROUND(Load (%) / 3, 1)", "ROUND(H7/3,1)")]
    [InlineData("\"Say \"\"hi\"\"\" & Risk", "\"Say \"\"hi\"\"\"&A7")]
    [InlineData("WORKDAY(Score, -Impact)", "WORKDAY(F7,-E7)")]
    public void Translates_header_names_to_cell_references(string formula, string expected) =>
        Assert.Equal(expected, ColumnFormula.Parse(formula, Headers, "Band").ForRow(7));

    [Theory]
    [InlineData("Likelihood * Severity", "'Severity'")]
    [InlineData("SUM(Likelihood)", "'SUM'")]
    [InlineData("Riskiness + 1", "'Riskiness'")]
    [InlineData("ROUND(Score)", "ROUND takes 2 argument(s), not 1")]
    [InlineData("IF(Score > 1)", "IF takes 2 to 3 arguments, not 1")]
    public void Names_the_unknown_column_or_function_or_the_wrong_call(string formula, string named)
    {
        var error = Assert.Throws<InvalidTemplateException>(() => ColumnFormula.Parse(formula, Headers, "Score"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        // The column is named apart, for `pmo check` to point at its rule, and the message is for an editor, not a programmer.
        Assert.Equal("Score", error.Column);
        Assert.DoesNotContain("Parameter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Likelihood *")]
    [InlineData("Likelihood Impact")]
    [InlineData("(Likelihood * Impact")]
    [InlineData("Likelihood * Impact)")]
    [InlineData("* Impact")]
    [InlineData("IF(Score > 1, \"High\"")]
    [InlineData("IF(Score > 1, \"High)")]
    [InlineData("IF(Score > 1,, 2)")]
    [InlineData("Score >= ")]
    [InlineData("Likelihood, Impact")]
    public void Rejects_malformed_formulas(string formula) =>
        Assert.Throws<InvalidTemplateException>(() => ColumnFormula.Parse(formula, Headers, "Score"));

    [Theory]
    [InlineData(25, "Critical")]
    [InlineData(20, "Critical")]
    [InlineData(16, "High")]
    [InlineData(10, "High")]
    [InlineData(9, "Medium")]
    [InlineData(5, "Medium")]
    [InlineData(4, "Low")]
    public void Evaluates_thresholds_like_a_spreadsheet(double score, string band)
    {
        var formula = ColumnFormula.Parse("IF(Score >= 20, \"Critical\", IF(Score >= 10, \"High\", IF(Score >= 5, \"Medium\", \"Low\")))", Headers, "Band");

        Assert.Equal(band, formula.Evaluate(_ => FormulaValue.Of(score)).AsText());
    }

    [Fact]
    public void Evaluates_with_excels_conversions()
    {
        FormulaValue Eval(string formula, FormulaValue value) => ColumnFormula.Parse(formula, Headers, "X").Evaluate(_ => value);

        Assert.Equal(FormulaValue.Of(12), Eval("Likelihood * 3 * 4 / Likelihood", FormulaValue.Of(5)));
        Assert.Equal("#DIV/0!", Eval("1 / Impact", FormulaValue.Blank).Text);
        Assert.Equal("#VALUE!", Eval("Risk * 2", FormulaValue.Of("high")).Text);
        Assert.Equal(FormulaValue.Of(true), Eval("Rating = \"YES\"", FormulaValue.Of("yes")));
        // Text sorts after every number, as in Excel: a score column holding "" is never below 20.
        Assert.Equal(FormulaValue.Of(true), Eval("Score >= 20", FormulaValue.Of("")));
        Assert.Equal(FormulaValue.Of(2), Eval("IF(Rating = \"Yes\", 2, IF(Rating = \"Partly\", 1, 0))", FormulaValue.Of("Yes")));
        Assert.Equal(FormulaValue.Of(0), Eval("IF(Rating = \"Yes\", 2, IF(Rating = \"Partly\", 1, 0))", FormulaValue.Blank));
        Assert.Equal(FormulaValue.Of(94), Eval("ROUND(Load (%) * 93.75, 0)", FormulaValue.Of(1)));
        Assert.Equal(FormulaValue.Of(-3), Eval("ROUND(Score, 0)", FormulaValue.Of(-2.5)));
        Assert.Equal(FormulaValue.Of(3), Eval("MAX(Score, 3, Risk)", FormulaValue.Of("text")));
    }

    [Theory]
    [InlineData("2025-01-15", -2, "2025-01-13")]
    [InlineData("2025-03-19", -5, "2025-03-12")]
    [InlineData("2025-03-17", -1, "2025-03-14")]
    [InlineData("2025-03-15", -1, "2025-03-14")]
    [InlineData("2025-03-14", 1, "2025-03-17")]
    public void Workday_counts_monday_to_friday(string start, int days, string expected)
    {
        var formula = ColumnFormula.Parse("WORKDAY(Score, Impact)", Headers, "Due");
        var date = SheetValue.Parse(start, NumberStyle.Invariant);

        var result = formula.Evaluate(column => FormulaValue.Of(column == 5 ? date.Number : days));

        Assert.Equal(expected, SheetValue.OfDate(SheetValue.DateOf(result.Number)).Text);
    }

    [Theory]
    [InlineData("Likelihood * Impact", ColumnKind.Number)]
    [InlineData("IF(Score >= 20, \"Critical\", \"Low\")", ColumnKind.Text)]
    [InlineData("WORKDAY(Score, -2)", ColumnKind.Date)]
    [InlineData("Score + 7", ColumnKind.Date)]
    [InlineData("Score - Score", ColumnKind.Number)]
    public void Knows_what_kind_of_value_it_gives(string formula, ColumnKind kind) =>
        Assert.Equal(kind, ColumnFormula.Parse(formula, Headers, "X").ResultKind(column => column == 5 ? ColumnKind.Date : ColumnKind.Number));
}
