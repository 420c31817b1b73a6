namespace PmoPlaybook.Generator.Pipeline;

/// <param name="ContentDirectory">content/ to read.</param>
/// <param name="OutputDirectory">Where the site goes (artifacts/site); replaced whole, never half-written. The search index goes beside it (artifacts/index).</param>
/// <param name="BaseUrl">Overrides site.yml's base_url (e.g. a deploy preview's address).</param>
/// <param name="PublishWithErrors">Serve mode: publish the pages that are fine even when others are broken.</param>
/// <param name="ThemeDirectory">The theme's wwwroot; null finds themes/default beside content/, else the copy shipped with the assembly.</param>
/// <param name="StaticSearch">Run Pagefind for static deploys when it is installed (serve does not need it: the app searches).</param>
/// <param name="Clock">"Today" for review dates and stale pages; the system clock unless a test sets one.</param>
public sealed record BuildOptions(
    string ContentDirectory,
    string OutputDirectory,
    string? BaseUrl = null,
    bool PublishWithErrors = false,
    string? ThemeDirectory = null,
    bool StaticSearch = true,
    TimeProvider? Clock = null)
{
    public TimeProvider ClockOrSystem => Clock ?? TimeProvider.System;

    /// <summary>The Lucene index from the same build: "index" beside the site folder.</summary>
    public string IndexDirectory => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(OutputDirectory))!, "index");
}
