using System.Diagnostics;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Generator.Downloads;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

/// <summary>
/// The real site built once, and every .xlsx download it publishes opened and saved again by LibreOffice Calc
/// (headless, Debian's libreoffice-calc, which tests/run installs): the saved copies hold the values LibreOffice
/// calculated for every formula and the styles as LibreOffice understood them.
/// </summary>
public sealed class RecalculatedDownloadsFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new("pmo-calc");

    public BuiltSiteFixture Site { get; } = new();

    /// <summary>Each register template page with its download as written by the build and as saved by LibreOffice.</summary>
    public IReadOnlyList<(Page Page, string Written, string Recalculated)> Workbooks { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Site.InitializeAsync();
        Workbooks = [.. Site.Result.Snapshot.Site.Pages
            .Where(p => p is { IsSynthetic: false, Meta.Template.Formats: var formats } && formats.Contains("xlsx"))
            .Select(page =>
            {
                var written = Path.Combine(Site.Output, page.UrlPath.Trim('/'), TemplateDownloads.FileName(page, "xlsx"));
                return (page, written, _temp.Combine("out", Path.GetFileName(written)));
            })];
        await ConvertAsync(Workbooks.Select(w => w.Written).ToArray(), _temp.Combine("out"));
    }

    private async Task ConvertAsync(string[] files, string outputDirectory)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is not installed: run tests/run, which installs the Debian package libreoffice-calc, or apt-get install libreoffice-calc.");
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        // A profile of its own, so a LibreOffice the developer has open (or another test run) does not take the conversion over.
        foreach (var argument in new[]
        {
            $"-env:UserInstallation=file://{_temp.Combine("profile")}", "--headless", "--norestore", "--nologo",
            "--convert-to", "xlsx", "--outdir", outputDirectory,
        }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = _temp.Path;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var missing = files.Where(f => !File.Exists(Path.Combine(outputDirectory, Path.GetFileName(f)))).ToArray();
        if (process.ExitCode != 0 || missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"LibreOffice exited with {process.ExitCode} and did not convert {string.Join(", ", missing)}:\n{await output}\n{await errors}");
        }
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        _temp.Dispose();
    }
}
