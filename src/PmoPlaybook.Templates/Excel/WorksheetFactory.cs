using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PmoPlaybook.Templates.Excel;

internal static class WorksheetFactory
{
    /// <summary>The worksheet, its children in the order the schema demands (Excel refuses files that mix them up).</summary>
    public static Worksheet Create(SheetContent content, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (selected)
        {
            view.TabSelected = true;
        }

        if (content.Table is not null)
        {
            // ySplit is called VerticalSplit in the SDK: the header row stays put while the data scrolls.
            view.Append(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }

        var worksheet = new Worksheet();
        if (content.Table is not null || content.OnePage)
        {
            worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        }

        worksheet.Append(new SheetViews(view));
        if (content.ColumnWidths.Count > 0)
        {
            worksheet.Append(new Columns(content.ColumnWidths.Select((width, i) =>
            {
                var column = new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true };
                if (content.ColumnStyles is { } styles && i < styles.Count && styles[i] != ExcelStyles.Default)
                {
                    column.Style = styles[i];
                }

                return column;
            })));
        }

        worksheet.Append(new SheetData(content.Rows));
        if (content.Table is not null)
        {
            worksheet.Append(new AutoFilter { Reference = content.Table.Reference });
        }

        if (content.Validations is { Count: > 0 } validations)
        {
            worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        if (content.Table is not null)
        {
            // Registers are wide: print them across one landscape page, as many pages down as the rows need.
            worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        }
        else if (content.OnePage)
        {
            worksheet.Append(new PageSetup { Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 1 });
        }

        return worksheet;
    }
}
