namespace PmoPlaybook.Templates.Values;

/// <summary>What a register column holds, which decides how its cells and its header are aligned and formatted.</summary>
public enum ColumnKind
{
    Text,
    Number,
    Date,
}
