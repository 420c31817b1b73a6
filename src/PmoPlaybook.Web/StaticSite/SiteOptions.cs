using System.ComponentModel.DataAnnotations;

namespace PmoPlaybook.Web.StaticSite;

/// <summary>Where the built site is and how it is served. Section "Site" in appsettings.json.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The generator's output (artifacts/site).</summary>
    [Required]
    public string SiteDirectory { get; set; } = "artifacts/site";

    /// <summary>The search index from the same build (artifacts/index).</summary>
    [Required]
    public string IndexDirectory { get; set; } = "artifacts/index";

    /// <summary>Development only (`pmo serve`): inject the live-reload script and its event stream.</summary>
    public bool LiveReload { get; set; }

    public string SiteRoot => Path.GetFullPath(SiteDirectory);
}
