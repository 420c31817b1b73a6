using System.CommandLine;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoPlaybook.Cli.Output;
using PmoPlaybook.Cli.Serve;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Generator.Incremental;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Web;
using PmoPlaybook.Web.LiveReload;

namespace PmoPlaybook.Cli.Commands;

/// <summary>
/// `pmo serve`: build, then run the production web app over the output with live reload, rebuilding
/// what each saved file touches. A content error is printed and shown on the page; the server keeps running.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5000", HelpName = "URL" };
        var command = new Command("serve", "Build, serve the site with search and assessments, and live-reload on every change")
        {
            content, output, urls,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(content)!, parse.GetValue(output)!, parse.GetValue(urls)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string contentDirectory, string outputDirectory, string urls, CancellationToken cancellationToken)
    {
        var listen = urls.Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
        if (!Uri.TryCreate(listen, UriKind.Absolute, out var listenUri))
        {
            Console.Error.WriteLine($"pmo serve: --urls '{urls}' is not a URL such as http://127.0.0.1:5000");
            return ExitCodes.Usage;
        }
        var printer = new DiagnosticPrinter(contentDirectory);
        IncrementalBuilder builder;
        BuildOptions options;
        try
        {
            Console.WriteLine($"Building {contentDirectory} → {outputDirectory}");
            // Links are root-relative to the base URL's path; locally the site lives at the server's root.
            // The app answers searches, so serve skips the static (Pagefind) index and starts sooner.
            options = new BuildOptions(contentDirectory, outputDirectory, BaseUrl: $"{listenUri.Scheme}://{listenUri.Authority}/", StaticSearch: false);
            (builder, var report) = await IncrementalBuilder.StartAsync(options, new ConsoleBuildLog(), cancellationToken);
            BuildSummary.PrintDiagnostics(report.Diagnostics, printer, Console.Out);
            Console.WriteLine(BuildSummary.Line(report));
        }
        catch (ContentException e)
        {
            Console.Error.WriteLine($"pmo serve: {e.Message}");
            return ExitCodes.Usage;
        }

        var app = PlaybookApp.Create(["--urls", urls], web =>
        {
            web.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Site:SiteDirectory"] = Path.GetFullPath(outputDirectory),
                ["Site:IndexDirectory"] = options.IndexDirectory,
                ["Site:LiveReload"] = "true",
                // The assessments being edited, not whatever content/ is beside the current folder.
                ["Assessments:DefinitionsDirectory"] = Path.Combine(Path.GetFullPath(contentDirectory), "assessments"),
                // Content without assessments is fine while authoring: the folder is read once an author adds it.
                ["Assessments:FolderMayBeMissing"] = "true",
            });
            web.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        var hub = app.Services.GetRequiredService<LiveReloadHub>();
        hub.SiteChanged(ErrorLines(builder.Diagnostics, printer));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"pmo serve: cannot listen on {urls}: {e.Message}. Is another `pmo serve` running? Try --urls http://127.0.0.1:5001");
            return ExitCodes.ContentErrors;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? listen;
        var themeRoot = Path.GetFullPath(Path.Combine(contentDirectory, "..", "themes", "default"));
        Console.WriteLine($"Serving at {address}/ (watching {contentDirectory}{(Directory.Exists(themeRoot) ? " and themes/default" : "")}; Ctrl+C to stop)");

        using var watcher = new ContentWatcher(contentDirectory, themeRoot);
        var indexer = new SearchIndexRefresher(options.IndexDirectory, builder.Site);
        try
        {
            await foreach (var batch in watcher.ReadAllAsync(cancellationToken))
            {
                if (batch.ThemeComponentsChanged)
                {
                    Console.WriteLine("Theme components (.razor) are compiled into pmo: restart `pmo serve` to see that change.");
                }
                if (batch.ContentPaths.Count == 0 && !batch.ThemeAssetsChanged)
                {
                    continue;
                }
                await RebuildAsync(builder, batch, hub, printer, cancellationToken);
                indexer.Request(builder.Site);
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C.
        }
        await indexer.IdleAsync();
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    private static async Task RebuildAsync(IncrementalBuilder builder, ChangeBatch batch, LiveReloadHub hub, DiagnosticPrinter printer, CancellationToken cancellationToken)
    {
        try
        {
            var report = await builder.ApplyAsync(batch.ContentPaths, batch.ThemeAssetsChanged, cancellationToken);
            var what = batch.ThemeAssetsChanged ? "theme" : string.Join(", ", batch.ContentPaths.Take(3)) + (batch.ContentPaths.Count > 3 ? ", …" : "");
            Console.WriteLine($"Rebuilt {what}: {report.PagesRendered} page(s){(report.Full ? " (full build)" : "")} in {report.Elapsed.TotalMilliseconds:0} ms");
            foreach (var error in report.Diagnostics.Where(d => d.IsError))
            {
                Console.WriteLine(printer.Text(error));
            }
            hub.SiteChanged(ErrorLines(report.Diagnostics, printer));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file half-saved by an editor, or locked: the next event brings it again.
            Console.WriteLine($"Rebuild skipped: {e.Message}");
        }
    }

    private static string[] ErrorLines(IReadOnlyList<Diagnostic> diagnostics, DiagnosticPrinter printer) =>
        diagnostics.Where(d => d.IsError).Select(printer.Text).ToArray();
}
