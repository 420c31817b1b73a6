using DocumentFormat.OpenXml.Spreadsheet;
using PmoPlaybook.Templates.Registers;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Excel;

/// <summary>
/// The workbook's cell formats, made as the sheets ask for them: a header and a body format per kind of column
/// (text wraps and reads from the left; numbers and dates sit on the right, under a header aligned the same way)
/// and the About sheet's label and value. The numbers handed out are indexes into <c>cellXfs</c>.
/// </summary>
internal sealed class ExcelStyles
{
    public const uint Default = 0;

    /// <summary>Custom number formats are numbered from 164 on; lower numbers are Excel's built-in ones.</summary>
    private const uint FirstCustomFormat = 164;

    private static readonly Dictionary<string, uint> BuiltInFormats = new(StringComparer.Ordinal)
    {
        ["0"] = 1,
        ["0.00"] = 2,
        ["#,##0"] = 3,
        ["#,##0.00"] = 4,
    };

    private readonly List<Key> formats = [new(Bold: false, Fill: false, Align.General, Wrap: false, NumberFormat: 0)];
    private readonly List<string> customFormats = [];

    public uint Header(ColumnLayout column) => Index(new(Bold: true, Fill: true, Alignment(column), Wrap: true, NumberFormat: 0));

    public uint Body(ColumnLayout column) =>
        Index(new(Bold: false, Fill: false, Alignment(column), Wrap: column.Kind == ColumnKind.Text, NumberFormatId(column.NumberFormat)));

    public uint Label => Index(new(Bold: true, Fill: false, Align.General, Wrap: true, NumberFormat: 0));

    public uint Wrapped => Index(new(Bold: false, Fill: false, Align.General, Wrap: true, NumberFormat: 0));

    public Stylesheet Create()
    {
        var stylesheet = new Stylesheet();
        if (customFormats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(customFormats.Select((code, i) =>
                new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)i, FormatCode = code }))
            { Count = (uint)customFormats.Count });
        }

        stylesheet.Append(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E2F3" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats.Select(Format)) { Count = (uint)formats.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private static Align Alignment(ColumnLayout column) => column.Kind == ColumnKind.Text ? Align.Left : Align.Right;

    private uint Index(Key key)
    {
        var index = formats.IndexOf(key);
        if (index < 0)
        {
            formats.Add(key);
            index = formats.Count - 1;
        }

        return (uint)index;
    }

    private uint NumberFormatId(string? code)
    {
        if (code is null)
        {
            return 0;
        }

        if (BuiltInFormats.TryGetValue(code, out var builtIn))
        {
            return builtIn;
        }

        var index = customFormats.IndexOf(code);
        if (index < 0)
        {
            customFormats.Add(code);
            index = customFormats.Count - 1;
        }

        return FirstCustomFormat + (uint)index;
    }

    private static CellFormat Format(Key key, int index)
    {
        var format = new CellFormat { NumberFormatId = key.NumberFormat, FontId = key.Bold ? 1U : 0U, FillId = key.Fill ? 2U : 0U, BorderId = 0, FormatId = 0 };
        if (index == 0)
        {
            return format;
        }

        format.ApplyFont = key.Bold ? true : null;
        format.ApplyFill = key.Fill ? true : null;
        format.ApplyNumberFormat = key.NumberFormat != 0 ? true : null;
        var alignment = new Alignment { Vertical = VerticalAlignmentValues.Top };
        if (key.Align != Align.General)
        {
            alignment.Horizontal = key.Align == Align.Left ? HorizontalAlignmentValues.Left : HorizontalAlignmentValues.Right;
        }

        if (key.Wrap)
        {
            alignment.WrapText = true;
        }

        format.Append(alignment);
        format.ApplyAlignment = true;
        return format;
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private enum Align
    {
        General,
        Left,
        Right,
    }

    private sealed record Key(bool Bold, bool Fill, Align Align, bool Wrap, uint NumberFormat);
}
