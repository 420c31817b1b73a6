using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Content.Authoring;

/// <summary>
/// The page `pmo new` writes. Its summary is a placeholder that loading reports as an error until it is
/// rewritten (it would otherwise reach every card, search hit and meta description), so both live here.
/// </summary>
public static class PageScaffold
{
    public const string Summary = "One sentence on what this page helps the reader do.";

    public static string Markdown(PageType type, string title)
    {
        var template = type == PageType.Template
            ? "template:\n  formats: [docx, md]\n  category: planning\n"
            : "";
        return $"""
            ---
            title: {title}
            type: {type.ToName()}
            summary: {Summary}
            tags: []
            order: 100
            {template}---
            Start with a short paragraph: who this is for and when to use it.

            ## When to use

            ## How it works

            ## Related

            """.Replace("\n\n---", "\n---", StringComparison.Ordinal);
    }
}
