using System.CommandLine;
using PmoPlaybook.Cli.Output;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Cli.Commands;

public static class CheckCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var format = new Option<string>("--format")
        {
            Description = "text (path:line:col: error CODE: message), json, or github (annotations in GitHub Actions)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var command = new Command("check", "Check content for everything a pull request can break (exit 1 on any error)")
        {
            content, format,
        };
        command.SetAction(parse =>
        {
            var contentDirectory = parse.GetValue(content)!;
            ContentSnapshot snapshot;
            try
            {
                snapshot = SiteGenerator.DefaultFeatures.Load(contentDirectory);
            }
            catch (ContentException e)
            {
                Console.Error.WriteLine($"pmo check: {e.Message}");
                return ExitCodes.Usage;
            }
            var diagnostics = SiteGenerator.DefaultFeatures.Checks(TimeProvider.System).Run(snapshot);
            var printer = new DiagnosticPrinter(contentDirectory);
            switch (parse.GetValue(format))
            {
                case "json":
                    Console.WriteLine(printer.Json(diagnostics));
                    break;
                case "github":
                    diagnostics.Select(printer.GitHub).ToList().ForEach(Console.WriteLine);
                    break;
                default:
                    diagnostics.Select(printer.Text).ToList().ForEach(Console.WriteLine);
                    var errors = diagnostics.Count(d => d.IsError);
                    Console.WriteLine($"Checked {snapshot.Site.Pages.Count} pages: {errors} error(s), {diagnostics.Count - errors} warning(s).");
                    break;
            }
            return diagnostics.Any(d => d.IsError) ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }
}
