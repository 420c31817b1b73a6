using System.Collections;

namespace PmoPlaybook.Content.Model;

/// <summary>A tag as written in front matter, with its file line and column for `pmo check`.</summary>
public sealed record TagPlace(string Name, int Line, int Column)
{
    /// <summary>The tag's part of its page's URL (<c>/en/tags/{slug}/</c>); empty when the tag has no letter or digit.</summary>
    public string Slug => UrlSlug.From(Name);
}

/// <summary>
/// A page's tags: the names, which is what templates and search read, and where each was written, so a bad
/// tag is reported at its place. Its places are not part of what a page says (two pages with the same tags
/// written on other lines have equal front matter), so the list keeps them beside the names.
/// </summary>
public sealed class TagList(IReadOnlyList<TagPlace> places) : IReadOnlyList<string>
{
    public IReadOnlyList<TagPlace> Places { get; } = places;

    public int Count => Places.Count;

    public string this[int index] => Places[index].Name;

    public IEnumerator<string> GetEnumerator() => Places.Select(p => p.Name).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
