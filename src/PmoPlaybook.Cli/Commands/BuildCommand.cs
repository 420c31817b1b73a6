using System.CommandLine;
using PmoPlaybook.Cli.Output;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Cli.Commands;

public static class BuildCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var baseUrl = new Option<string?>("--base-url") { Description = "Override site.yml's base_url (absolute http(s) URL)", HelpName = "URL" };
        var noStaticSearch = new Option<bool>("--no-static-search") { Description = "Skip the Pagefind index for static deploys (it is built when Pagefind is installed)" };
        var command = new Command("build", "Build the static site from content/ (exit 1 on content errors; the previous site is kept)")
        {
            content, output, baseUrl, noStaticSearch,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var contentDirectory = parse.GetValue(content)!;
            var url = parse.GetValue(baseUrl);
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                Console.Error.WriteLine($"pmo build: --base-url '{url}' is not an absolute URL");
                return ExitCodes.Usage;
            }
            var printer = new DiagnosticPrinter(contentDirectory);
            try
            {
                Console.WriteLine($"Building {contentDirectory} → {parse.GetValue(output)}");
                var options = new BuildOptions(contentDirectory, parse.GetValue(output)!, url, StaticSearch: !parse.GetValue(noStaticSearch));
                var result = await SiteGenerator.Default.BuildAsync(options, new ConsoleBuildLog(), cancellationToken);
                var report = result.Report;
                BuildSummary.PrintDiagnostics(report.Diagnostics, printer, Console.Out);
                if (!report.Published)
                {
                    Console.WriteLine($"Build failed: {report.ErrorCount} error(s), {report.WarningCount} warning(s); {parse.GetValue(output)} left unchanged.");
                    return ExitCodes.ContentErrors;
                }
                Console.WriteLine(BuildSummary.Line(report));
                return ExitCodes.Ok;
            }
            catch (ContentException e)
            {
                Console.Error.WriteLine($"pmo build: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
