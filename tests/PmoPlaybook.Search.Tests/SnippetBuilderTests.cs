using PmoPlaybook.Search.Analysis;
using PmoPlaybook.Search.Snippets;

namespace PmoPlaybook.Search.Tests;

public class SnippetBuilderTests
{
    private static readonly LanguageAnalyzers Analyzers = new();

    private static string Snippet(string text, string language, params string[] terms) =>
        SnippetBuilder.Build(text, Analyzers.Stemmed(language), SearchFields.Body,
            new MatchTerms(terms.SelectMany(t => LanguageAnalyzers.Tokens(Analyzers.Stemmed(language), SearchFields.Body, t)).ToHashSet(), new HashSet<string>(), []));

    [Fact]
    public void Marks_stemmed_matches_on_the_words_as_written()
    {
        var snippet = Snippet("Score risks every month. A risk owner reviews them.", "en", "risk");

        Assert.Equal("Score <mark>risks</mark> every month. A <mark>risk</mark> owner reviews them.", snippet);
    }

    [Fact]
    public void Escapes_everything_else()
    {
        var snippet = Snippet("<script>alert('risk')</script> & \"risk\"", "en", "risk");

        Assert.DoesNotContain("<script>", snippet);
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.Contains("<mark>risk</mark>", snippet);
        Assert.Contains("&amp;", snippet);
    }

    [Fact]
    public void Offsets_hold_across_swedish_letters()
    {
        var snippet = Snippet("Åtgärder för prioriteringar: Takthållaren leder prioriteringsforumet.", "sv", "prioritering");

        Assert.Equal("Åtgärder för <mark>prioriteringar</mark>: Takthållaren leder prioriteringsforumet.", snippet);
    }

    [Fact]
    public void Picks_the_passage_with_the_most_matches_and_cuts_at_words()
    {
        var filler = string.Join(' ', Enumerable.Repeat("unrelated words about other things", 20));
        var text = filler + " the benefits register lists each benefit with its owner and benefits baseline. " + filler;

        var snippet = Snippet(text, "en", "benefit");

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Equal(3, CountOf(snippet, "<mark>"));
        Assert.True(snippet.Length < 320, snippet);
    }

    [Fact]
    public void Without_matches_it_is_the_opening_and_never_splits_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("Plan 🚀 ", 60));

        var snippet = Snippet(text, "en", "nothing");

        Assert.False(snippet.StartsWith('…'));
        Assert.False(char.IsHighSurrogate(snippet.TrimEnd('…')[^1]));
    }

    [Fact]
    public void Prefixes_and_corrected_words_are_marked_too()
    {
        var match = new MatchTerms(new HashSet<string>(), new HashSet<string> { "facilitator" }, ["takth"]);

        var snippet = SnippetBuilder.Build("Takthållaren och facilitator.", Analyzers.Stemmed("sv"), SearchFields.Body, match);

        Assert.Equal("<mark>Takthållaren</mark> och <mark>facilitator</mark>.", snippet);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
