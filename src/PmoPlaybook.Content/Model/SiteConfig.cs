namespace PmoPlaybook.Content.Model;

/// <summary>content/site.yml: what is true of the whole site.</summary>
public sealed record SiteConfig(
    string Title,
    string BaseUrl,
    IReadOnlyList<SiteLanguage> Languages,
    RepositoryInfo? Repository,
    string? AppUrl,
    Branding Branding)
{
    public SiteLanguage DefaultLanguage => Languages[0];

    public static SiteConfig Default { get; } = new(
        "PMO Playbook",
        "http://127.0.0.1:5000/",
        [new SiteLanguage("en", "English", "en-GB"), new SiteLanguage("sv", "Svenska", "sv-SE")],
        null,
        null,
        new Branding(null, null));

    /// <summary>The path part of the base URL ("/" or "/playbook/"); every site link starts with it.</summary>
    public string BasePath
    {
        get
        {
            var path = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
            return path.EndsWith('/') ? path : path + "/";
        }
    }

    /// <summary>The link to a site path as pages write it: "/en/roles/" under base path "/playbook/" is "/playbook/en/roles/".</summary>
    public string Href(string urlPath) => BasePath + urlPath.TrimStart('/');

    /// <summary>The absolute URL of a site path, for canonical links and the sitemap.</summary>
    public string AbsoluteUrl(string urlPath) => new Uri(new Uri(BaseUrl), Href(urlPath)).ToString();

    public SiteLanguage? FindLanguage(string code) => Languages.FirstOrDefault(l => l.Code == code);

    public SiteConfig WithBaseUrl(string baseUrl) => this with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" };
}

/// <summary>A content language: its folder code, its own name, and the culture used to sort titles.</summary>
public sealed record SiteLanguage(string Code, string Name, string Culture);

/// <summary>Where the content lives in Git, for "edit this page" links. URLs follow GitHub's scheme.</summary>
public sealed record RepositoryInfo(string Url, string Branch)
{
    /// <summary>The web editor for a file: <c>{url}/edit/{branch}/content/en/roles/x.md</c>.</summary>
    public string EditUrl(string repositoryPath) => $"{Url}/edit/{Escape(Branch)}/{Escape(repositoryPath)}";

    /// <summary>The commits that touched a file: <c>{url}/commits/{branch}/content/en/roles/x.md</c>.</summary>
    public string HistoryUrl(string repositoryPath) => $"{Url}/commits/{Escape(Branch)}/{Escape(repositoryPath)}";

    /// <summary>One commit: <c>{url}/commit/{hash}</c>.</summary>
    public string CommitUrl(string commitId) => $"{Url}/commit/{Uri.EscapeDataString(commitId)}";

    // Each segment escaped on its own, so a file name with a space works and the slashes stay slashes.
    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}

/// <summary>Optional logo and accent colour.</summary>
public sealed record Branding(string? Logo, string? AccentColor);
