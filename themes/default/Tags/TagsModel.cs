using PmoPlaybook.Content.Navigation;
using PmoPlaybook.Theme.Layout;

namespace PmoPlaybook.Theme.Tags;

/// <summary>A language's tag index (<see cref="Tag"/> null: every tag with its page count) or one tag's page (its pages as cards).</summary>
public sealed record TagsModel(LayoutModel Layout, IReadOnlyList<TagGroup> Tags, TagGroup? Tag = null)
{
    public UiText Text => Layout.Text;

    public string IndexPath => SiteTags.IndexPath(Layout.Language);
}
