using DocumentFormat.OpenXml.Wordprocessing;

namespace PmoPlaybook.Templates.Word;

/// <summary>
/// The character formatting Markdown emphasis can ask for, accumulated while descending into nested inlines;
/// <see cref="Size"/> is a type size in half-points (0: the style's), which wide tables use.
/// </summary>
internal readonly record struct RunFormat(
    bool Bold = false,
    bool Italic = false,
    bool Strike = false,
    bool Underline = false,
    bool Highlight = false,
    bool Code = false,
    bool Superscript = false,
    bool Subscript = false,
    int Size = 0)
{
    public RunProperties? ToProperties()
    {
        if (this == default)
        {
            return null;
        }

        var properties = new RunProperties();
        if (Code)
        {
            properties.RunStyle = new RunStyle { Val = WordStyles.CodeChar };
        }

        if (Bold)
        {
            properties.Bold = new Bold();
        }

        if (Italic)
        {
            properties.Italic = new Italic();
        }

        if (Strike)
        {
            properties.Strike = new Strike();
        }

        if (Highlight)
        {
            properties.Highlight = new Highlight { Val = HighlightColorValues.Yellow };
        }

        if (Underline)
        {
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        }

        if (Size > 0)
        {
            properties.FontSize = new FontSize { Val = Size.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (Superscript || Subscript)
        {
            properties.VerticalTextAlignment = new VerticalTextAlignment
            {
                Val = Superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Subscript,
            };
        }

        return properties;
    }
}
