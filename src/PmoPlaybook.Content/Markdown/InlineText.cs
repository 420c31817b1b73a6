using System.Text;
using Markdig.Syntax.Inlines;

namespace PmoPlaybook.Content.Markdown;

/// <summary>The plain text of inline Markdown (a heading's words without emphasis or link syntax).</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(nested, text);
                    break;
            }
        }
    }
}
