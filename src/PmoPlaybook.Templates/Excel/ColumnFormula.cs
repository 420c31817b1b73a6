using System.Globalization;

namespace PmoPlaybook.Templates.Excel;

/// <summary>
/// A column formula written with header names (<c>Cost of delay / Job size</c>), parsed once and then written
/// for any row with cell references (<c>F2/G2</c>). Only + - * / parentheses, numbers and column names are allowed,
/// so what reaches Excel is always a well-formed formula.
/// </summary>
internal sealed class ColumnFormula
{
    private readonly IReadOnlyList<Part> parts;

    private ColumnFormula(IReadOnlyList<Part> parts) => this.parts = parts;

    /// <summary>Zero-based columns the formula reads.</summary>
    public IEnumerable<int> Columns => parts.Where(part => part.Column >= 0).Select(part => part.Column).Distinct();

    public string ForRow(int row) =>
        string.Concat(parts.Select(part => part.Column >= 0 ? ColumnLetters.Cell(part.Column, row) : part.Text));

    /// <summary>
    /// For a row still to be filled in: blank until every cell the formula reads has a value, so an empty
    /// register shows empty cells, not a column of zeros or #DIV/0!.
    /// </summary>
    public string ForEmptyRow(int row)
    {
        var inputs = Columns.Select(column => ColumnLetters.Cell(column, row) + "=\"\"").ToArray();
        return inputs.Length == 0 ? ForRow(row) : $"IF(OR({string.Join(',', inputs)}),\"\",{ForRow(row)})";
    }

    /// <exception cref="ArgumentException">The formula names a column that is not a header, or is malformed.</exception>
    public static ColumnFormula Parse(string formula, IReadOnlyList<string> headers, string column)
    {
        var parts = new List<Part>();
        var expectOperand = true;
        var depth = 0;
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (IsOperator(c) || c is '(' or ')')
            {
                var fits = c switch
                {
                    '(' => expectOperand,
                    ')' => !expectOperand && depth > 0,
                    '+' or '-' => true,
                    _ => !expectOperand,
                };
                if (!fits)
                {
                    throw Malformed(formula, column, $"'{c}' is out of place");
                }

                depth += c switch { '(' => 1, ')' => -1, _ => 0 };
                expectOperand = c != ')';
                parts.Add(new Part(c.ToString(), -1));
                i++;
                continue;
            }

            if (!expectOperand)
            {
                throw Malformed(formula, column, $"an operator is missing before '{formula[i..].Trim()}'");
            }

            var (header, length) = MatchHeader(formula, i, headers);
            if (header >= 0)
            {
                parts.Add(new Part("", header));
            }
            else
            {
                length = WordLength(formula, i);
                var word = formula.Substring(i, length).Trim();
                if (!IsNumber(word))
                {
                    throw new ArgumentException(
                        $"The formula '{formula}' of column '{column}' names an unknown column '{word}'. "
                        + $"The table's columns are: {string.Join(", ", headers.Select(h => $"'{h}'"))}.",
                        nameof(formula));
                }

                parts.Add(new Part(word, -1));
            }

            i += length;
            expectOperand = false;
        }

        if (expectOperand || depth != 0)
        {
            throw Malformed(formula, column, parts.Count == 0 ? "it is empty" : "it is incomplete");
        }

        return new ColumnFormula(parts);
    }

    private static bool IsOperator(char c) => c is '+' or '-' or '*' or '/';

    private static bool EndsName(string formula, int end) =>
        end == formula.Length || char.IsWhiteSpace(formula[end]) || IsOperator(formula[end]) || formula[end] is '(' or ')';

    // The longest header wins so that "Risk reduction" is not read as "Risk" followed by garbage,
    // and headers such as "Go/No-go" that contain operator characters still match as a whole.
    private static (int Column, int Length) MatchHeader(string formula, int start, IReadOnlyList<string> headers)
    {
        var best = (Column: -1, Length: 0);
        for (var column = 0; column < headers.Count; column++)
        {
            var header = headers[column].Trim();
            if (header.Length > best.Length
                && start + header.Length <= formula.Length
                && string.Compare(formula, start, header, 0, header.Length, StringComparison.OrdinalIgnoreCase) == 0
                && EndsName(formula, start + header.Length))
            {
                best = (column, header.Length);
            }
        }

        return best;
    }

    private static int WordLength(string formula, int start)
    {
        var end = start;
        while (end < formula.Length && !IsOperator(formula[end]) && formula[end] is not ('(' or ')'))
        {
            end++;
        }

        return end - start;
    }

    private static bool IsNumber(string word) =>
        word.Length > 0
        && word.All(c => char.IsAsciiDigit(c) || c == '.')
        && double.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static ArgumentException Malformed(string formula, string column, string reason) =>
        new($"The formula '{formula}' of column '{column}' is not valid: {reason}. Use column names, numbers, + - * / and parentheses.", nameof(formula));

    /// <summary>Literal text of the formula, or a reference to <see cref="Column"/> when it is not -1.</summary>
    private sealed record Part(string Text, int Column);
}
