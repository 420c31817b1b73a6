using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace PmoPlaybook.Templates.Word;

/// <summary>
/// The page a document is laid out on: A4 with 2.54 cm margins, portrait, or landscape when the document holds a
/// table too wide for a portrait page (a register of a dozen columns), so its columns keep a readable width.
/// </summary>
internal sealed record WordPage(bool Landscape)
{
    /// <summary>From this many columns on a table needs a landscape page and a smaller type size.</summary>
    public const int WideTable = 8;

    private const uint ShortSide = 11906;
    private const uint LongSide = 16838;
    private const int Margin = 1440;

    /// <summary>The width between the margins, in twentieths of a point.</summary>
    public int TextWidth => (int)(Landscape ? LongSide : ShortSide) - (2 * Margin);

    public static WordPage For(MarkdownDocument document) => new(document.Descendants<MarkdownTable>().Any(IsWide));

    public static bool IsWide(MarkdownTable table) => Columns(table) >= WideTable;

    public static int Columns(MarkdownTable table) =>
        Math.Max(1, table.OfType<MarkdownTableRow>().Select(row => row.Count).DefaultIfEmpty(0).Max());

    public SectionProperties Section() => new(
        Landscape
            ? new PageSize { Width = LongSide, Height = ShortSide, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = ShortSide, Height = LongSide },
        new PageMargin { Top = Margin, Right = (uint)Margin, Bottom = Margin, Left = (uint)Margin, Header = 708U, Footer = 708U, Gutter = 0U });
}
