using System.CommandLine;
using PmoPlaybook.Cli.Commands;

// pmo: the PmoPlaybook command line. Exit codes: 0 ok, 1 content errors, 2 usage.
var root = new RootCommand("PmoPlaybook: build, check and serve the PMO playbook site from content/.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    DashboardKeyCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"pmo: {error.Message}");
    }
    Console.Error.WriteLine("Run 'pmo --help' for usage.");
    return ExitCodes.Usage;
}
return await parse.InvokeAsync();
