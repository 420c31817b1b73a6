namespace PmoPlaybook.Cli.Commands;

/// <summary>The exit codes of the CLI contract (DESIGN.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}
