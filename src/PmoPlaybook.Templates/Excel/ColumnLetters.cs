namespace PmoPlaybook.Templates.Excel;

internal static class ColumnLetters
{
    /// <summary>The letters of a zero-based column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Of(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        var letters = "";
        for (var rest = column + 1; rest > 0; rest = (rest - 1) / 26)
        {
            letters = (char)('A' + ((rest - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Cell(int column, int row) => Of(column) + row;
}
