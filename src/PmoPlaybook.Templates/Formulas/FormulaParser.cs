using System.Globalization;
using System.Text;

namespace PmoPlaybook.Templates.Formulas;

/// <summary>
/// Reads a column formula written with header names, Excel style:
/// <c>IF(Score &gt;= 20, "Critical", IF(Score &gt;= 10, "High", "Low"))</c>. Operands are numbers, "quoted text",
/// column names and calls of the functions in <see cref="FormulaFunction.All"/>; operators are + - * / &amp; and the
/// comparisons = &lt;&gt; &lt; &lt;= &gt; &gt;=, with Excel's precedence. Anything else is an <see cref="InvalidTemplateException"/>
/// that says what is wrong, which `pmo check` shows to the editor.
/// </summary>
internal sealed class FormulaParser
{
    private static readonly string[] Comparisons = ["<=", ">=", "<>", "=", "<", ">"];
    private readonly string formula;
    private readonly IReadOnlyList<string> headers;
    private readonly string column;
    private int position;

    private FormulaParser(string formula, IReadOnlyList<string> headers, string column)
    {
        this.formula = formula;
        this.headers = headers;
        this.column = column;
    }

    public static FormulaNode Parse(string formula, IReadOnlyList<string> headers, string column)
    {
        var parser = new FormulaParser(formula ?? "", headers, column);
        parser.SkipSpace();
        if (parser.AtEnd)
        {
            throw parser.Malformed("it is empty");
        }

        var node = parser.Comparison();
        parser.SkipSpace();
        if (!parser.AtEnd)
        {
            throw parser.formula[parser.position] is ')' or ','
                ? parser.Malformed($"'{parser.formula[parser.position]}' is out of place")
                : parser.Malformed($"an operator is missing before '{parser.formula[parser.position..].Trim()}'");
        }

        return node;
    }

    private bool AtEnd => position >= formula.Length;

    private char Current => formula[position];

    private FormulaNode Comparison()
    {
        var left = Concatenation();
        while (Operator(Comparisons) is { } op)
        {
            left = new BinaryNode(op, left, Concatenation());
        }

        return left;
    }

    private FormulaNode Concatenation()
    {
        var left = Additive();
        while (Operator(["&"]) is { } op)
        {
            left = new BinaryNode(op, left, Additive());
        }

        return left;
    }

    private FormulaNode Additive()
    {
        var left = Multiplicative();
        while (Operator(["+", "-"]) is { } op)
        {
            left = new BinaryNode(op, left, Multiplicative());
        }

        return left;
    }

    private FormulaNode Multiplicative()
    {
        var left = Signed();
        while (Operator(["*", "/"]) is { } op)
        {
            left = new BinaryNode(op, left, Signed());
        }

        return left;
    }

    private FormulaNode Signed()
    {
        SkipSpace();
        if (!AtEnd && Current is '+' or '-')
        {
            var sign = Current;
            position++;
            return new SignNode(sign, Signed());
        }

        return Operand();
    }

    private FormulaNode Operand()
    {
        SkipSpace();
        if (AtEnd)
        {
            throw Malformed("it is incomplete");
        }

        switch (Current)
        {
            case '(':
                position++;
                var inner = Comparison();
                Expect(')', "a ')' is missing");
                return new GroupNode(inner);
            case '"':
                return Text();
            case ')' or ',' or '*' or '/' or '&' or '=' or '<' or '>':
                throw Malformed($"'{Current}' is out of place");
        }

        var word = formula.Substring(position, WordLength()).Trim();
        // A known function name followed by '(' is a call even if a column happens to have the same name.
        if (IsFunctionCall(word) && FormulaFunction.Find(word) is not null)
        {
            position += WordLength();
            return Call(word);
        }

        var (header, length) = MatchHeader();
        if (header >= 0)
        {
            position += length;
            return new ColumnNode(header);
        }

        if (IsNumber(word))
        {
            position += WordLength();
            return new NumberNode(word, double.Parse(word, CultureInfo.InvariantCulture));
        }

        if (IsFunctionCall(word))
        {
            position += WordLength();
            return Call(word);
        }

        throw new InvalidTemplateException(
            $"The formula '{formula}' of column '{column}' names an unknown column '{word}'. "
            + $"The table's columns are: {string.Join(", ", headers.Select(h => $"'{h}'"))}.",
            column);
    }

    private CallNode Call(string name)
    {
        // Excel stores English function names whatever the language it shows them in, so a Swedish page writes IF, not OM.
        var function = FormulaFunction.Find(name) ?? throw new InvalidTemplateException(
            $"The formula '{formula}' of column '{column}' calls '{name}', which is not one of the functions templates may use: "
            + $"{string.Join(", ", FormulaFunction.All.Select(f => f.Name))} (their English names, in every language).",
            column);
        Expect('(', $"'(' must follow {function.Name}");
        var arguments = new List<FormulaNode>();
        SkipSpace();
        if (!AtEnd && Current == ')')
        {
            position++;
        }
        else
        {
            while (true)
            {
                arguments.Add(Comparison());
                SkipSpace();
                if (!AtEnd && Current == ',')
                {
                    position++;
                    continue;
                }

                Expect(')', $"a ')' is missing after the arguments of {function.Name}");
                break;
            }
        }

        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            throw Malformed($"{function.Name} takes {Count(function)}, not {arguments.Count}: {function.Usage}");
        }

        return new CallNode(function, arguments);
    }

    private static string Count(FormulaFunction function) =>
        function.MinArguments == function.MaxArguments ? $"{function.MinArguments} argument(s)"
        : function.MaxArguments >= 30 ? $"at least {function.MinArguments} argument(s)"
        : $"{function.MinArguments} to {function.MaxArguments} arguments";

    private TextNode Text()
    {
        var text = new StringBuilder();
        position++;
        while (true)
        {
            if (AtEnd)
            {
                throw Malformed("a closing '\"' is missing");
            }

            if (Current == '"')
            {
                // Inside quotes, "" stands for one quotation mark, as in Excel.
                if (position + 1 < formula.Length && formula[position + 1] == '"')
                {
                    text.Append('"');
                    position += 2;
                    continue;
                }

                position++;
                return new TextNode(text.ToString());
            }

            text.Append(Current);
            position++;
        }
    }

    private string? Operator(string[] candidates)
    {
        SkipSpace();
        foreach (var candidate in candidates)
        {
            if (string.CompareOrdinal(formula, position, candidate, 0, candidate.Length) == 0)
            {
                position += candidate.Length;
                return candidate;
            }
        }

        return null;
    }

    private void Expect(char c, string problem)
    {
        SkipSpace();
        if (AtEnd || Current != c)
        {
            throw Malformed(problem);
        }

        position++;
    }

    private void SkipSpace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            position++;
        }
    }

    private static bool IsOperatorChar(char c) => c is '+' or '-' or '*' or '/' or '&' or '=' or '<' or '>';

    private bool EndsName(int end) =>
        end == formula.Length || char.IsWhiteSpace(formula[end]) || IsOperatorChar(formula[end]) || formula[end] is '(' or ')' or ',';

    // The longest header wins so that "Risk reduction" is not read as "Risk" followed by garbage,
    // and headers such as "Go/No-go" or "Load (%)" that contain operator characters still match as a whole.
    private (int Column, int Length) MatchHeader()
    {
        var best = (Column: -1, Length: 0);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (header.Length > best.Length
                && position + header.Length <= formula.Length
                && string.Compare(formula, position, header, 0, header.Length, StringComparison.OrdinalIgnoreCase) == 0
                && EndsName(position + header.Length))
            {
                best = (i, header.Length);
            }
        }

        return best;
    }

    private int WordLength()
    {
        var end = position;
        while (end < formula.Length && !IsOperatorChar(formula[end]) && formula[end] is not ('(' or ')' or ',' or '"'))
        {
            end++;
        }

        return end - position;
    }

    private bool IsFunctionCall(string word)
    {
        var after = position + WordLength();
        return word.Length > 0 && word.All(char.IsAsciiLetter) && after < formula.Length && formula[after] == '(';
    }

    private static bool IsNumber(string word) =>
        word.Length > 0
        && word.All(c => char.IsAsciiDigit(c) || c == '.')
        && double.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private InvalidTemplateException Malformed(string reason) =>
        new($"The formula '{formula}' of column '{column}' is not valid: {reason}. "
            + "Use column names, numbers, \"text\", + - * / & = <> < <= > >=, parentheses and the functions "
            + $"{string.Join(", ", FormulaFunction.All.Select(f => f.Name))}.", column);
}
