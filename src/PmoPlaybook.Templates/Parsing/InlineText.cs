using System.Text;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PmoPlaybook.Templates.Parsing;

/// <summary>The plain text of Markdown inlines, for places that hold no formatting: spreadsheet cells and sheet names.</summary>
internal static class InlineText
{
    public static string Of(LeafBlock block) => Of(block.Inline);

    public static string Of(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    /// <summary>A literal's text, without the space Markdig leaves between a task box and the task.</summary>
    public static string Literal(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        return literal.PreviousSibling is TaskList ? text.TrimStart() : text;
    }

    private static void Append(Inline inline, StringBuilder text)
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
            case TaskList task:
                text.Append(task.Checked ? "☒ " : "☐ ");
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
