using DocumentFormat.OpenXml.Wordprocessing;

namespace PmoPlaybook.Templates.Word;

/// <summary>
/// The document's style definitions. Word's built-in ids are used (Title, Heading1…) so that the navigation pane,
/// table of contents and "apply style" all recognise them.
/// </summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string Code = "Code";
    public const string CodeChar = "CodeChar";
    public const string TableGrid = "TableGrid";

    private const string Font = "Calibri";
    private const string CodeFont = "Consolas";
    private const string HeadingColor = "1F3864";

    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, 3)}";

    public static Styles Create(string language)
    {
        var runDefaults = new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
            FontSize = new FontSize { Val = "22" },
            FontSizeComplexScript = new FontSizeComplexScript { Val = "22" },
        };
        if (!string.IsNullOrWhiteSpace(language))
        {
            // Lets Word spell-check a Swedish template in Swedish.
            runDefaults.Languages = new Languages { Val = language.Trim() };
        }

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(runDefaults),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                {
                    SpacingBetweenLines = new SpacingBetweenLines { After = "160", Line = "264", LineRule = LineSpacingRuleValues.Auto },
                })),
            ParagraphStyle(Normal, "Normal", basedOn: null, isDefault: true),
            ParagraphStyle(Title, "Title", new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "80" },
                ContextualSpacing = new ContextualSpacing(),
            }, new StyleRunProperties { Color = new Color { Val = HeadingColor }, FontSize = new FontSize { Val = "52" } }),
            ParagraphStyle(Subtitle, "Subtitle", new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "240" },
            }, new StyleRunProperties { Color = new Color { Val = "595959" }, FontSize = new FontSize { Val = "24" } }),
            HeadingStyle(1, size: "32", before: "360", after: "120"),
            HeadingStyle(2, size: "26", before: "240", after: "80"),
            HeadingStyle(3, size: "24", before: "200", after: "60"),
            ParagraphStyle(ListParagraph, "List Paragraph", new StyleParagraphProperties
            {
                Indentation = new Indentation { Left = "720" },
                ContextualSpacing = new ContextualSpacing(),
            }),
            ParagraphStyle(Quote, "Quote", new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 12, Space = 8, Color = "BFBFBF" }),
                Indentation = new Indentation { Left = "720", Right = "720" },
            }, new StyleRunProperties { Italic = new Italic(), Color = new Color { Val = "404040" } }),
            ParagraphStyle(Code, "Code", new StyleParagraphProperties
            {
                Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" },
                SpacingBetweenLines = new SpacingBetweenLines { After = "160", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            }, CodeRun()),
            CharacterStyle("DefaultParagraphFont", "Default Paragraph Font", isDefault: true, run: null),
            CharacterStyle(CodeChar, "Code Char", isDefault: false, CodeRun()),
            TableStyle("TableNormal", "Normal Table", isDefault: true, borders: null),
            TableStyle(TableGrid, "Table Grid", isDefault: false, TableBorders()));
    }

    /// <summary>Thin grey borders on every edge: written on each table too, since not every reader applies table styles.</summary>
    public static TableBorders TableBorders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" });

    private static StyleRunProperties CodeRun() => new()
    {
        RunFonts = new RunFonts { Ascii = CodeFont, HighAnsi = CodeFont, ComplexScript = CodeFont },
        FontSize = new FontSize { Val = "20" },
    };

    private static Style HeadingStyle(int level, string size, string before, string after) =>
        ParagraphStyle(Heading(level), $"heading {level}", new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = after },
            OutlineLevel = new OutlineLevel { Val = level - 1 },
        }, new StyleRunProperties
        {
            Bold = new Bold(),
            Color = new Color { Val = HeadingColor },
            FontSize = new FontSize { Val = size },
            FontSizeComplexScript = new FontSizeComplexScript { Val = size },
        });

    private static Style ParagraphStyle(
        string id, string name, StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null,
        string? basedOn = Normal, bool isDefault = false)
    {
        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
            NextParagraphStyle = new NextParagraphStyle { Val = Normal },
            UIPriority = new UIPriority { Val = 9 },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = paragraph,
            StyleRunProperties = run,
        };
        if (isDefault)
        {
            style.Default = true;
        }

        return style;
    }

    private static Style CharacterStyle(string id, string name, bool isDefault, StyleRunProperties? run)
    {
        var style = new Style
        {
            Type = StyleValues.Character,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            UIPriority = new UIPriority { Val = 1 },
            StyleRunProperties = run,
        };
        if (isDefault)
        {
            style.Default = true;
        }

        return style;
    }

    private static Style TableStyle(string id, string name, bool isDefault, TableBorders? borders)
    {
        var properties = new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa });
        if (borders is not null)
        {
            properties.Append(borders);
        }

        properties.Append(new TableCellMarginDefault(
            new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa }));
        var style = new Style
        {
            Type = StyleValues.Table,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            BasedOn = isDefault ? null : new BasedOn { Val = "TableNormal" },
            UIPriority = new UIPriority { Val = isDefault ? 99 : 39 },
            StyleParagraphProperties = isDefault ? null : new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto } },
            StyleTableProperties = properties,
        };
        if (isDefault)
        {
            style.Default = true;
        }

        return style;
    }
}
