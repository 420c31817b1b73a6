using PmoPlaybook.Content.Navigation;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;
using PmoPlaybook.Theme;
using PmoPlaybook.Theme.Layout;
using PmoPlaybook.Theme.Rendering;
using PmoPlaybook.Theme.Tags;

namespace PmoPlaybook.Generator.Tags;

/// <summary>
/// /{lang}/tags/ and /{lang}/tags/{slug}/ for every language. Tag pages are few and small, so serve writes them
/// all again whenever a change shows elsewhere (which includes a page's tags) and deletes those of tags no page carries any more.
/// </summary>
public sealed class TagPagesStep : IBuildStep
{
    public bool IsAffectedBy(SiteChange change) => change.ShowsElsewhere;

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var site = context.Site;
        await using var renderer = new ThemeRenderer();
        foreach (var language in site.Config.Languages.Select(l => l.Code))
        {
            var text = UiText.For(language);
            var tags = site.Tags(language);
            var index = context.GeneratedPageLayout(language, text.Tags, text.TagsIntro, SiteTags.IndexPath, "tags-index");
            await WriteAsync(renderer, context, SiteTags.IndexPath(language), new TagsModel(index, tags));
            foreach (var tag in tags)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await WriteAsync(renderer, context, SiteTags.UrlPath(language, tag.Slug), new TagsModel(TagLayout(context, language, tag), tags, tag));
            }
        }
        if (context.Change is { } change)
        {
            DeleteGone(context, change);
        }
    }

    private static Task WriteAsync(ThemeRenderer renderer, BuildContext context, string urlPath, TagsModel model) =>
        renderer.WriteComponentAsync<TagsPage>(Path.Combine(context.OutputDirectory, urlPath.Trim('/'), "index.html"),
            new Dictionary<string, object?> { [nameof(TagsPage.Model)] = model });

    /// <summary>
    /// Tags are words of their language ("governance", "styrning"), so a tag page's translation is the page of the
    /// same slug where the other language has one; elsewhere the language switcher offers that language's tag index.
    /// </summary>
    private static LayoutModel TagLayout(BuildContext context, string language, TagGroup tag)
    {
        var site = context.Site;
        var languages = site.Config.Languages.Select(l =>
        {
            var there = l.Code == language || site.Tags(l.Code).Any(t => t.Slug == tag.Slug);
            return new LanguageLink(l, there ? SiteTags.UrlPath(l.Code, tag.Slug) : SiteTags.IndexPath(l.Code), there, l.Code == language);
        }).ToArray();
        var text = UiText.For(language);
        return new LayoutModel(site.Config, language, string.Format(text.TaggedWith, tag.Name), text.PageCount(tag.Pages.Count),
            SiteTags.UrlPath(language, tag.Slug), languages, context.Assets, site.Navigation(language), null, "tag-page");
    }

    private static void DeleteGone(BuildContext context, SiteChange change)
    {
        foreach (var language in change.Before.Config.Languages.Select(l => l.Code))
        {
            var now = change.After.Tags(language).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in change.Before.Tags(language).Where(t => !now.Contains(t.Slug)))
            {
                OutputFile.Delete(context.OutputDirectory, SiteTags.UrlPath(language, gone.Slug).TrimStart('/') + "index.html");
            }
        }
    }
}
