using PmoPlaybook.Templates.Excel;

namespace PmoPlaybook.Templates.Tests;

public class CellsTests
{
    [Theory]
    [InlineData("3", true)]
    [InlineData("-2.5", true)]
    [InlineData("0.75", true)]
    [InlineData("0", true)]
    [InlineData("007", false)]
    [InlineData("1,000", false)]
    [InlineData("1e5", false)]
    [InlineData("12345678901234567890", false)]
    [InlineData("=1+1", false)]
    [InlineData("R-001", false)]
    public void Only_plain_numbers_become_number_cells(string text, bool isNumber) =>
        Assert.Equal(isNumber, Cells.TryNumber(text, out _));

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_letters_count_like_excel(int column, string letters) =>
        Assert.Equal(letters, ColumnLetters.Of(column));
}
