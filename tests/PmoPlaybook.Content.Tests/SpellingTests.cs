using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Content.Tests;

public class SpellingTests
{
    [Theory]
    [InlineData("titel", "title", 1)]
    [InlineData("sumary", "summary", 1)]
    [InlineData("Title", "title", 0)]
    [InlineData("overveiw", "overview", 1)]
    [InlineData("owner_team", "owner", 5)]
    [InlineData("", "abc", 3)]
    public void Counts_edits_with_a_swap_of_neighbours_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, Spelling.Distance(a, b));
        Assert.Equal(expected, Spelling.Distance(b, a));
    }

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("tpye", "type")]
    [InlineData("colour", null)]
    [InlineData("owner_team", null)]
    public void Suggests_only_a_candidate_within_a_typos_distance(string typed, string? expected) =>
        Assert.Equal(expected, Spelling.Closest(typed, ["title", "type", "summary", "tags", "owner"]));
}
