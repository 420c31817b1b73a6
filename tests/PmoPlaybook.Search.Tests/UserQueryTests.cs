using PmoPlaybook.Search.Querying;

namespace PmoPlaybook.Search.Tests;

public class UserQueryTests
{
    [Fact]
    public void Words_phrases_and_exclusions_are_told_apart()
    {
        var query = UserQuery.Parse("risk \"cost of delay\" -agile -\"status report\" register ");

        Assert.Equal(["risk", "register"], query.Words);
        Assert.Equal(["cost of delay"], query.Phrases);
        Assert.Equal(["agile", "status report"], query.Excluded);
        Assert.Null(query.Prefix);
    }

    [Theory]
    [InlineData("risk regi", "regi", new[] { "risk" })]
    [InlineData("takth", "takth", new string[0])]
    [InlineData("risk ", null, new[] { "risk" })]
    [InlineData("\"risk\"", null, new string[0])]
    public void The_last_unfinished_word_is_a_prefix(string input, string? prefix, string[] words)
    {
        var query = UserQuery.Parse(input);

        Assert.Equal(prefix, query.Prefix);
        Assert.Equal(words, query.Words);
    }

    [Theory]
    [InlineData("\"unterminated phrase", new[] { "unterminated phrase" })]
    [InlineData("\"\"", new string[0])]
    [InlineData("-", new string[0])]
    public void Broken_quotes_and_lone_symbols_do_not_break_parsing(string input, string[] phrases) =>
        Assert.Equal(phrases, UserQuery.Parse(input).Phrases);

    [Theory]
    [InlineData("title:risk AND (body:x OR y)~2^3 *")]
    [InlineData("\\\\ \u0000 \u001b[31m")]
    [InlineData("[[[ {{{ ::: ***")]
    public void Lucene_syntax_is_just_text(string input)
    {
        var query = UserQuery.Parse(input);

        Assert.All(query.Words.Append(query.Prefix ?? ""), w => Assert.DoesNotContain(w, c => c is '(' or ')' or '*' or '~' or '^' or ':' or '\0'));
    }

    [Fact]
    public void Input_is_bounded_in_length_and_parts()
    {
        var query = UserQuery.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i)) + new string('x', 5000));

        Assert.True(query.Words.Count + query.Phrases.Count + query.Excluded.Count + (query.Prefix is null ? 0 : 1) <= UserQuery.MaxParts);
    }

    [Fact]
    public void Empty_and_whitespace_are_empty()
    {
        Assert.True(UserQuery.Parse(null).IsEmpty);
        Assert.True(UserQuery.Parse("   \t\n").IsEmpty);
        Assert.True(UserQuery.Parse("-only -excluded ").IsEmpty);
    }
}
