using PmoPlaybook.Content.Markdown;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Content.Loading;

/// <summary>Reads content/ into a <see cref="ContentSnapshot"/>, parsing pages on every core.</summary>
public static class ContentLoader
{
    public static ContentSnapshot Load(string contentDirectory, string? baseUrlOverride = null, IReadOnlyList<IPageSource>? sources = null)
    {
        if (!Directory.Exists(contentDirectory))
        {
            throw new ContentException($"content folder '{contentDirectory}' does not exist (use --content DIR)");
        }
        var root = Path.GetFullPath(contentDirectory);
        var (config, configDiagnostics) = SiteConfigReader.Read(root);
        if (baseUrlOverride is not null)
        {
            config = config.WithBaseUrl(baseUrlOverride);
        }

        var files = EnumerateFiles(root);
        var parser = new PageParser(config);
        var pageFiles = files
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) && config.FindLanguage(f.Split('/')[0]) is not null && f.Contains('/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var results = pageFiles
            .AsParallel()
            .AsOrdered()
            .Select(file => parser.Parse(ContentPath.Parse(file), File.ReadAllText(Path.Combine(root, file))))
            .ToArray();

        var diagnostics = new List<Diagnostic>(configDiagnostics);
        diagnostics.AddRange(results.SelectMany(r => r.Diagnostics));
        var pages = results.Where(r => r.Page is not null).Select(r => r.Page!).ToList();
        foreach (var source in sources ?? [])
        {
            var sourced = source.Load(root, config);
            pages.AddRange(sourced.Pages);
            diagnostics.AddRange(sourced.Diagnostics);
        }
        return new ContentSnapshot(root, new Site(config, pages), files, diagnostics);
    }

    /// <summary>Reads one page again, for incremental rebuilds.</summary>
    public static PageParseResult LoadPage(string contentDirectory, SiteConfig config, ContentPath path) =>
        new PageParser(config).Parse(path, File.ReadAllText(Path.Combine(contentDirectory, path.Value)));

    /// <summary>Every file under the root as a forward-slash relative path, skipping hidden files and folders.</summary>
    public static HashSet<string> EnumerateFiles(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .ToHashSet(StringComparer.Ordinal);
    }
}
