using System.Security.Cryptography;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Theme;

namespace PmoPlaybook.Generator.Assets;

/// <summary>
/// Copies the theme's CSS, JS and icons into the site and returns their URLs with content hashes, which
/// every page then links to. Runs before pages render because pages need those URLs.
/// </summary>
public static class ThemeAssetPublisher
{
    /// <summary>content/'s own stylesheet, loaded after the theme's; every page links it with its hash, as the theme's assets.</summary>
    public const string CustomStylesheet = "assets/custom.css";

    /// <summary>The theme's asset folder: an explicit one, else themes/default beside content/ (so editing the theme shows in serve), else the shipped copy.</summary>
    public static string Locate(string? explicitDirectory, string contentDirectory)
    {
        if (explicitDirectory is not null)
        {
            return explicitDirectory;
        }
        var repositoryTheme = Path.Combine(Path.GetFullPath(contentDirectory), "..", "themes", "default", "wwwroot", "assets", "theme");
        return Directory.Exists(repositoryTheme) ? Path.GetFullPath(repositoryTheme) : ThemeAssets.ShippedDirectory;
    }

    public static ThemeAssets Publish(string themeDirectory, string contentDirectory, string outputDirectory, SiteConfig config)
    {
        if (!Directory.Exists(themeDirectory))
        {
            throw new DirectoryNotFoundException($"theme assets not found at {themeDirectory}");
        }
        var target = Path.Combine(outputDirectory, ThemeAssets.OutputFolder);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(themeDirectory))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        string Versioned(string file) =>
            config.Href($"/{ThemeAssets.OutputFolder}/{file}") + "?v=" + Hash(Path.Combine(themeDirectory, file));

        var custom = Path.Combine(contentDirectory, CustomStylesheet);
        return new ThemeAssets(
            Versioned("theme.css"),
            Versioned("theme.js"),
            Versioned("search.js"),
            Versioned("favicon.svg"),
            File.Exists(custom) ? config.Href("/" + CustomStylesheet) + "?v=" + Hash(custom) : null);
    }

    private static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..10];
    }
}
