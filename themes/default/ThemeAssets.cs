namespace PmoPlaybook.Theme;

/// <summary>
/// Where the theme's files are served from, with a content hash in the query so browsers and CDNs may
/// cache them for a long time and still see a new version on the next build.
/// </summary>
public sealed record ThemeAssets(string StylesheetHref, string ScriptHref, string SearchScriptHref, string IconHref, string? CustomStylesheetHref)
{
    /// <summary>The folder (relative to the site root) the theme's wwwroot/assets/theme is published to.</summary>
    public const string OutputFolder = "assets/theme";

    /// <summary>The theme's own files as shipped next to the assembly (see the .csproj), for when no themes/ folder is at hand.</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "theme", "assets", "theme");
}
