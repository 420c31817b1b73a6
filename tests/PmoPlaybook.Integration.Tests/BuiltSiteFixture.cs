using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PmoPlaybook.Generator;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Integration.Tests;

/// <summary>The real content/ built once into a temporary folder, with its pages parsed by a real HTML parser.</summary>
public sealed class BuiltSiteFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new("pmo-built");
    private readonly HtmlParser _parser = new();

    public string Output => _temp.Combine("site");

    public BuildResult Result { get; private set; } = default!;

    public async Task InitializeAsync() =>
        Result = await SiteGenerator.Default.BuildAsync(new BuildOptions(RepositoryPaths.Content, Output), IBuildLog.Silent);

    public IDocument Page(string urlPath) =>
        _parser.ParseDocument(File.ReadAllText(Path.Combine(Output, urlPath.Trim('/'), urlPath.EndsWith(".html", StringComparison.Ordinal) ? "" : "index.html")));

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories);

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
