using System.Diagnostics;
using PmoPlaybook.Cli.Commands;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Redirects;
using PmoPlaybook.Testing;
using PmoPlaybook.Theme;
using PmoPlaybook.Web.Security;
using Tomlyn;
using Tomlyn.Model;

namespace PmoPlaybook.Integration.Tests;

/// <summary>
/// netlify.toml parsed as Netlify parses it (TOML), held against the code it describes: the CLI's default
/// output folder, the build verb and its options, the app's security headers, the theme's asset folder.
/// </summary>
public sealed class NetlifyConfigTests : IDisposable
{
    private static readonly TomlTable Netlify =
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml")))!;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static TomlTable Build => (TomlTable)Netlify["build"];

    private static string Command(string? context = null) =>
        (string)(context is null ? Build : (TomlTable)((TomlTable)Netlify["context"])[context])["command"];

    private static IReadOnlyList<(string For, TomlTable Values)> Headers =>
        [.. ((TomlTableArray)Netlify["headers"]).Select(rule => ((string)rule["for"], (TomlTable)rule["values"]))];

    private static TomlTable HeadersFor(string path) => Assert.Single(Headers, h => h.For == path).Values;

    /// <summary>What `pmo build` writes to when given no --output, read from the CLI's own option.</summary>
    private static string DefaultOutput() =>
        BuildCommand.Create().Parse([]).GetValue<string>("--output")!.Replace('\\', '/');

    [Fact]
    public void Netlify_publishes_the_folder_pmo_build_writes_by_default()
    {
        Assert.Equal(DefaultOutput(), ((string)Build["publish"]).TrimEnd('/'));
    }

    [Theory]
    [InlineData(null, "https://playbook.example.org/", new string[0])]
    [InlineData("deploy-preview", "https://deploy-preview-7--pmo.netlify.app", new[] { "--base-url", "https://deploy-preview-7--pmo.netlify.app" })]
    [InlineData("branch-deploy", "https://feature--pmo.netlify.app", new[] { "--base-url", "https://feature--pmo.netlify.app" })]
    public async Task Each_context_runs_pmo_build_from_the_cli_project_with_its_base_url(string? context, string primeUrl, string[] expected)
    {
        // The build script in a copy of the repository's shape, with a stand-in `dotnet` that records its arguments
        // (and claims a .NET 10 SDK, so nothing is downloaded) and Pagefind already installed (so npm is not run).
        var script = Command(context).Split(' ')[0];
        var repository = _temp.Combine("repo");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(repository, script))!);
        File.Copy(Path.Combine(RepositoryPaths.Root, script), Path.Combine(repository, script));
        Executable(Path.Combine(repository, "node_modules", ".bin", "pagefind"), "#!/bin/sh\n");
        var dotnetRoot = _temp.Combine("dotnet");
        Executable(Path.Combine(dotnetRoot, "dotnet"),
            "#!/bin/sh\ncase \"$1\" in --list-sdks) echo '10.0.100 [/sdk]' ;; --version) echo 10.0.100 ;; *) printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\" ;; esac\n");

        var start = new ProcessStartInfo("bash", ["-c", Command(context)]) { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_ROOT"] = dotnetRoot;
        start.Environment["DEPLOY_PRIME_URL"] = primeUrl;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await error);
        var args = File.ReadAllLines(Path.Combine(dotnetRoot, "args"));
        var separator = Array.IndexOf(args, "--");
        Assert.Equal(["run", "--project", "src/PmoPlaybook.Cli", "-c", "Release"], args[..separator]);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "src", "PmoPlaybook.Cli", "PmoPlaybook.Cli.csproj")));
        Assert.Equal(["build", .. expected], args[(separator + 1)..]);
        Assert.Empty(BuildCommand.Create().Parse(args[(separator + 2)..]).Errors);
    }

    [Fact]
    public void Every_page_gets_the_security_headers_the_app_sends()
    {
        var values = HeadersFor("/*");

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, values["Content-Security-Policy"]);
        Assert.Equal("nosniff", values["X-Content-Type-Options"]);
        Assert.Equal("DENY", values["X-Frame-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", values["Referrer-Policy"]);
    }

    [Fact]
    public void Only_theme_assets_are_cached_long_and_immutable()
    {
        var theme = HeadersFor($"/{ThemeAssets.OutputFolder}/*");

        Assert.Equal("public, max-age=31536000, immutable", theme["Cache-Control"]);
        // Everything else (pages above all) keeps Netlify's revalidating default, so a deploy shows at once.
        Assert.All(Headers.Where(h => h.For != $"/{ThemeAssets.OutputFolder}/*"), h => Assert.False(h.Values.ContainsKey("Cache-Control"), h.For));
    }

    [Fact]
    public async Task The_published_folder_holds_the_redirects_and_only_versioned_theme_asset_links()
    {
        // Built as Netlify builds it: from the repository root, to the default output folder.
        var content = ContentFixture.Write(_temp.Combine("content"),
            ("site.yml", ContentFixture.SiteYml + "\napp_url: https://app.example.org\n"),
            ("en/index.md", ContentFixture.Page("Home", "[Roles](roles/index.md)")),
            ("en/roles/index.md", ContentFixture.Page("Roles")),
            ("sv/index.md", ContentFixture.Page("Start")));
        var publish = Path.Combine(_temp.Path, (string)Build["publish"]);

        var result = await SiteGenerator.Default.BuildAsync(new BuildOptions(content, Path.Combine(_temp.Path, DefaultOutput()), StaticSearch: false), IBuildLog.Silent);

        Assert.True(result.Report.Published);
        var redirects = File.ReadAllText(Path.Combine(publish, RedirectsStep.FileName));
        Assert.Contains("/api/*  https://app.example.org/api/:splat  200!", redirects);
        Assert.Contains("/  /sv/  302!  Language=sv", redirects);
        Assert.True(File.Exists(Path.Combine(publish, ThemeAssets.OutputFolder, "theme.css")));
        // The immutable rule is only safe because no page links a theme file without its content hash.
        var links = Directory.EnumerateFiles(publish, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), $"/{ThemeAssets.OutputFolder}/[^\"' )]+"))
            .Select(match => match.Value)
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Matches(@"\?v=[0-9a-f]{10}$", link));
    }

    private static void Executable(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
