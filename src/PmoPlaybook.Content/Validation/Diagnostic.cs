namespace PmoPlaybook.Content.Validation;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem in the content, at a place an editor can jump to. Line and column are 1-based;
/// a problem with a whole file is reported at 1:1.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(string path, int line, int column, string code, string message) =>
        new(path, Math.Max(1, line), Math.Max(1, column), Severity.Error, code, message);

    public static Diagnostic Warning(string path, int line, int column, string code, string message) =>
        new(path, Math.Max(1, line), Math.Max(1, column), Severity.Warning, code, message);

    /// <summary>The compiler-style line `pmo check` prints: <c>path:line:col: error CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
