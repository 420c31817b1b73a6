using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PmoPlaybook.Content.Markdown;

/// <summary>
/// The plain text of inline Markdown (a heading's words without emphasis or link syntax), for places that
/// hold no formatting: anchors, search text, spreadsheet cells.
/// </summary>
public static class InlineText
{
    /// <param name="taskBoxes">Write a task list item's box as ☐ or ☒ (template downloads), rather than leaving it out.</param>
    public static string Of(LeafBlock block, bool taskBoxes = false) => Of(block.Inline, taskBoxes);

    public static string Of(ContainerInline? container, bool taskBoxes = false)
    {
        if (container is null)
        {
            return "";
        }
        var text = new StringBuilder();
        Append(container, text, taskBoxes);
        return text.ToString().Trim();
    }

    /// <summary>A literal's text, without the space Markdig leaves between a task box and the task.</summary>
    public static string Literal(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        return literal.PreviousSibling is TaskList ? text.TrimStart() : text;
    }

    private static void Append(Inline inline, StringBuilder text, bool taskBoxes)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(Literal(literal));
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case TaskList task when taskBoxes:
                text.Append(task.Checked ? "☒ " : "☐ ");
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text, taskBoxes);
                }
                break;
        }
    }
}
