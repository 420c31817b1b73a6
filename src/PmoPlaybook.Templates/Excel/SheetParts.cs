using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Excel;

/// <summary>What the sheets of one workbook share while they are built: its cell formats, its long pick lists and how its numbers are written.</summary>
internal sealed record SheetParts(ExcelStyles Styles, ChoiceLists Lists, NumberStyle Numbers);
