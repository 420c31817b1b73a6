namespace PmoPlaybook.ResultStore;

/// <summary>
/// Section "Results" of the configuration; every setting can be overridden by an environment variable
/// such as <c>Results__Store</c> or <c>Results__GitHub__Token</c>.
/// </summary>
public sealed class ResultsOptions
{
    public const string Section = "Results";

    /// <summary>The store names <see cref="Store"/> accepts.</summary>
    public const string GitStore = "git";

    public const string GitHubStore = "github";

    /// <summary><c>git</c> (a local repository, the default) or <c>github</c>.</summary>
    public string Store { get; set; } = GitStore;

    /// <summary>
    /// The local repository (git store), or the local read mirror of what was committed (github store).
    /// Relative paths are taken from the current directory, like the site's folders.
    /// </summary>
    public string RepositoryPath { get; set; } = "artifacts/results";

    /// <summary>Where results wait, one durable file each, until they are committed.</summary>
    public string OutboxPath { get; set; } = "artifacts/results-outbox";

    public string CommitterName { get; set; } = "PmoPlaybook";

    public string CommitterEmail { get; set; } = "pmoplaybook@localhost";

    /// <summary>First wait after a failed commit; doubles (with jitter) on each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts, however long the store has been failing.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    public GitHubResultsOptions GitHub { get; set; } = new();

    /// <summary>The store name as compared and used as a service key.</summary>
    public string StoreName => Store.Trim().ToLowerInvariant();

    public string RepositoryRoot => Path.GetFullPath(RepositoryPath);

    public string OutboxRoot => Path.GetFullPath(OutboxPath);
}

/// <summary>Section "Results:GitHub": only read when <see cref="ResultsOptions.Store"/> is <c>github</c>.</summary>
public sealed class GitHubResultsOptions
{
    public string? Owner { get; set; }

    public string? Repository { get; set; }

    /// <summary>The branch results are committed to, or pull requests are opened against.</summary>
    public string Branch { get; set; } = "main";

    /// <summary>A token allowed to write contents (and pull requests); never logged or shown.</summary>
    public string? Token { get; set; }

    /// <summary>Null for github.com; a GitHub Enterprise (or test) server otherwise. Octokit adds /api/v3/.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>False: commit straight to <see cref="Branch"/>. True: one branch and pull request per result.</summary>
    public bool PullRequests { get; set; }

    /// <summary>How long one GitHub API call may take before it counts as failed (and is retried).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
