namespace PmoPlaybook.Content.Model;

/// <summary>The kinds of page the playbook knows; the theme and search treat each differently.</summary>
public enum PageType
{
    Page,
    Playbook,
    Role,
    Template,
    Guide,
    Assessment,
    Path,
}

public static class PageTypes
{
    public static IReadOnlyList<string> Names { get; } =
        Enum.GetValues<PageType>().Select(ToName).ToArray();

    public static string ToName(this PageType type) => type.ToString().ToLowerInvariant();

    public static bool TryParse(string? value, out PageType type)
    {
        foreach (var candidate in Enum.GetValues<PageType>())
        {
            if (string.Equals(candidate.ToName(), value, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }
}
