using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Tests;

public class UrlSlugTests
{
    [Theory]
    [InlineData("risk", "risk")]
    [InlineData("Erfarenhetsåterföring", "erfarenhetsaterforing")]
    [InlineData("Årsplan för portfölj", "arsplan-for-portfolj")]
    [InlineData("cost-of-delay", "cost-of-delay")]
    [InlineData("PMO:ts affärsplan", "pmots-affarsplan")]
    [InlineData("  WIP  limits!", "wip-limits")]
    [InlineData("Q3 2027", "q3-2027")]
    public void Text_becomes_lower_case_ascii_words_joined_by_hyphens(string text, string slug) =>
        Assert.Equal(slug, UrlSlug.From(text));

    [Theory]
    [InlineData("---")]
    [InlineData("!!")]
    [InlineData(" ")]
    [InlineData("")]
    public void Text_without_a_letter_or_digit_has_no_slug(string text) =>
        Assert.Equal("", UrlSlug.From(text));
}
