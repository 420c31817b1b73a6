namespace PmoPlaybook.Templates.Formulas;

/// <summary>A parsed column formula: a tree over numbers, quoted text, columns (zero-based), operators and functions.</summary>
internal abstract record FormulaNode;

/// <summary>A number as written (<c>1.5</c>), so the formula Excel gets reads like the one in the template.</summary>
internal sealed record NumberNode(string Written, double Value) : FormulaNode;

internal sealed record TextNode(string Value) : FormulaNode;

internal sealed record ColumnNode(int Column) : FormulaNode;

/// <summary><c>-x</c> or <c>+x</c>.</summary>
internal sealed record SignNode(char Sign, FormulaNode Operand) : FormulaNode;

/// <summary>An operator between two operands: + - * / &amp; = &lt;&gt; &lt; &lt;= &gt; &gt;=.</summary>
internal sealed record BinaryNode(string Operator, FormulaNode Left, FormulaNode Right) : FormulaNode;

/// <summary>Parentheses the editor wrote, kept so the written formula keeps them.</summary>
internal sealed record GroupNode(FormulaNode Inner) : FormulaNode;

internal sealed record CallNode(FormulaFunction Function, IReadOnlyList<FormulaNode> Arguments) : FormulaNode;
