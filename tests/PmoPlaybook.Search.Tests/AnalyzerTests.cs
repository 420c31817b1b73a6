using PmoPlaybook.Search.Analysis;

namespace PmoPlaybook.Search.Tests;

public class AnalyzerTests
{
    private static readonly LanguageAnalyzers Analyzers = new();

    private static string Stem(string language, string word) =>
        Assert.Single(LanguageAnalyzers.Tokens(Analyzers.Stemmed(language), SearchFields.Body, word));

    [Theory]
    [InlineData("en", "risks", "risk")]
    [InlineData("en", "prioritisation", "prioritising")]
    [InlineData("en", "facilitators", "facilitator")]
    [InlineData("sv", "prioriteringar", "prioritering")]
    [InlineData("sv", "risker", "risk")]
    [InlineData("sv", "portföljen", "portfölj")]
    public void Inflections_share_a_stem(string language, string word, string other) =>
        Assert.Equal(Stem(language, other), Stem(language, word));

    [Fact]
    public void Plain_analysis_keeps_words_and_letters_as_written()
    {
        Assert.Equal(["takthållaren", "wsjf", "cost", "of", "delay"], LanguageAnalyzers.Tokens(Analyzers.Plain, SearchFields.Exact, "Takthållaren WSJF cost of delay"));
    }
}
