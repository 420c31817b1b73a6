using System.CommandLine;

namespace PmoPlaybook.Cli.Commands;

/// <summary>Options several verbs share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "The content folder to read",
        DefaultValueFactory = _ => "content",
        HelpName = "DIR",
    };

    public static Option<string> Output() => new("--output")
    {
        Description = "Where to write the site",
        DefaultValueFactory = _ => Path.Combine("artifacts", "site"),
        HelpName = "DIR",
    };
}
