namespace PmoPlaybook.Templates;

/// <summary>
/// A template that cannot be made into its download: a register without a table, a column rule naming no column,
/// a formula that is malformed or calls a function templates may not use. The message is written for the editor;
/// <see cref="Column"/> names the column rule at fault, when there is one, so `pmo check` can point at its line.
/// </summary>
public sealed class InvalidTemplateException(string message, string? column = null) : ArgumentException(message)
{
    public string? Column { get; } = column;
}
