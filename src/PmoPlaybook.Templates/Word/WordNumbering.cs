using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PmoPlaybook.Templates.Word;

/// <summary>
/// Real Word numbering, so lists stay lists when the template is edited. All bullets share one definition;
/// each ordered list gets its own instance with a start override, which is what makes Word restart at 1.
/// </summary>
internal sealed class WordNumbering
{
    public const int MaxLevel = 8;
    private const int BulletDefinition = 1;
    private const int OrderedDefinition = 2;
    private static readonly string[] Bullets = ["•", "◦", "▪"];
    private static readonly NumberFormatValues[] OrderedFormats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    private readonly Numbering numbering = new(Definition(BulletDefinition, bullet: true), Definition(OrderedDefinition, bullet: false));
    private int instances;
    private int? bulletInstance;

    public int Bulleted() => bulletInstance ??= AddInstance(BulletDefinition, level: 0, start: null);

    public int Ordered(int level, int start) => AddInstance(OrderedDefinition, level, start);

    /// <summary>Indentation of the text of a list item at a level, in twentieths of a point.</summary>
    public static int Indent(int level) => 720 * (level + 1);

    public void SaveTo(MainDocumentPart main)
    {
        if (instances > 0)
        {
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }
    }

    private int AddInstance(int definition, int level, int? start)
    {
        var id = ++instances;
        var instance = new NumberingInstance(new AbstractNumId { Val = definition }) { NumberID = id };
        if (start is { } first)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = first }) { LevelIndex = level });
        }

        // Instances must follow all abstract definitions, which are added in the constructor.
        numbering.Append(instance);
        return id;
    }

    private static AbstractNum Definition(int id, bool bullet)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level <= MaxLevel; level++)
        {
            definition.Append(new Level
            {
                LevelIndex = level,
                StartNumberingValue = new StartNumberingValue { Val = 1 },
                NumberingFormat = new NumberingFormat { Val = bullet ? NumberFormatValues.Bullet : OrderedFormats[level % OrderedFormats.Length] },
                LevelText = new LevelText { Val = bullet ? Bullets[level % Bullets.Length] : $"%{level + 1}." },
                LevelJustification = new LevelJustification { Val = LevelJustificationValues.Left },
                PreviousParagraphProperties = new PreviousParagraphProperties(
                    new Indentation { Left = Indent(level).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }),
            });
        }

        return definition;
    }
}
