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

    /// <summary>Search answers kept per index generation; 0 turns the cache off.</summary>
    [Range(0, 1_000_000)]
    public int SearchCacheEntries { get; set; } = PmoPlaybook.Search.Querying.ResponseCache.DefaultCapacity;

    /// <summary>Development only (`pmo serve`): inject the live-reload script and its event stream.</summary>
    public bool LiveReload { get; set; }

    public string SiteRoot => Path.GetFullPath(SiteDirectory);
}
