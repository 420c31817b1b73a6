using PmoPlaybook.Templates.Excel;
using PmoPlaybook.Templates.Values;

namespace PmoPlaybook.Templates.Tests;

public class CellsTests
{
    [Theory]
    [InlineData("3", true)]
    [InlineData("-2.5", true)]
    [InlineData("0.75", true)]
    [InlineData("0", true)]
    [InlineData("007", false)]
    [InlineData("1e5", false)]
    [InlineData("12345678901234567890", false)]
    [InlineData("=1+1", false)]
    [InlineData("R-001", false)]
    [InlineData("2025-Q4", false)]
    [InlineData("12.5 %", false)]
    public void Only_plain_numbers_become_number_cells(string text, bool isNumber) =>
        Assert.Equal(isNumber, SheetValue.Parse(text, NumberStyle.For("en")).Kind == SheetValueKind.Number);

    [Theory]
    [InlineData("en", "4,200", 4200, 0, true)]
    [InlineData("en", "1,234,567.5", 1234567.5, 1, true)]
    [InlineData("en", "5.3", 5.3, 1, false)]
    [InlineData("sv", "4 200", 4200, 0, true)]
    [InlineData("sv", "4\u00A0200", 4200, 0, true)]
    [InlineData("sv", "5,3", 5.3, 1, false)]
    [InlineData("sv", "-20", -20, 0, false)]
    public void Numbers_are_read_as_the_page_language_writes_them(string language, string text, double number, int decimals, bool grouped)
    {
        var value = SheetValue.Parse(text, NumberStyle.For(language));

        Assert.Equal((SheetValueKind.Number, number, decimals, grouped), (value.Kind, value.Number, value.Decimals, value.Grouped));
    }

    [Theory]
    [InlineData("en", "12,50")]
    [InlineData("en", "5,3")]
    [InlineData("sv", "5.3")]
    [InlineData("sv", "12 34")]
    public void Badly_grouped_or_foreign_numbers_stay_text(string language, string text) =>
        Assert.Equal(SheetValueKind.Text, SheetValue.Parse(text, NumberStyle.For(language)).Kind);

    [Fact]
    public void Iso_dates_become_excel_day_numbers()
    {
        var date = SheetValue.Parse("2025-05-09", NumberStyle.Invariant);

        Assert.Equal(SheetValueKind.Date, date.Kind);
        Assert.Equal(45786, date.Number);
        Assert.Equal(new DateOnly(2025, 5, 9), SheetValue.DateOf(date.Number));
        Assert.Equal(SheetValueKind.Text, SheetValue.Parse("2025-02-30", NumberStyle.Invariant).Kind);
        Assert.Equal(SheetValueKind.Text, SheetValue.Parse("9 May 2025", NumberStyle.Invariant).Kind);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_letters_count_like_excel(int column, string letters) =>
        Assert.Equal(letters, ColumnLetters.Of(column));
}
