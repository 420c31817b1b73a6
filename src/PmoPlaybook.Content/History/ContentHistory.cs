namespace PmoPlaybook.Content.History;

/// <summary>
/// What Git knows about content/: each file's history (following renames) and the latest commits.
/// Read once per full build; when there is no usable history (not a repository, no git, a shallow clone)
/// it is <see cref="IsAvailable"/> false and pages simply show no dates, never an error.
/// </summary>
public sealed class ContentHistory
{
    /// <summary>Where content/ sits in the repository when Git cannot say (the layout the README fixes).</summary>
    public const string DefaultRepositoryPrefix = "content/";

    private readonly IReadOnlyDictionary<string, PageHistory> _files;

    public ContentHistory(string repositoryPrefix, IReadOnlyDictionary<string, PageHistory> files, IReadOnlyList<ContentCommit> recent)
    {
        IsAvailable = true;
        RepositoryPrefix = repositoryPrefix;
        _files = files;
        Recent = recent;
        Note = $"Read Git history: {files.Count} files, {recent.Count} recent commits";
    }

    private ContentHistory(string repositoryPrefix, string note)
    {
        RepositoryPrefix = repositoryPrefix;
        _files = new Dictionary<string, PageHistory>();
        Recent = [];
        Note = note;
    }

    /// <summary>No history: the state of a site loaded without a build (pmo check, tests) and of content outside Git.</summary>
    public static ContentHistory Empty { get; } = Unavailable("no Git history read");

    public static ContentHistory Unavailable(string reason, string repositoryPrefix = DefaultRepositoryPrefix) =>
        new(repositoryPrefix, $"No Git history ({reason}): pages show no last-updated dates or contributors");

    public bool IsAvailable { get; }

    /// <summary>One line for the build log saying what was read, or why nothing was.</summary>
    public string Note { get; }

    /// <summary>The content folder's path inside the repository, with a trailing slash ("content/"; "" at the root).</summary>
    public string RepositoryPrefix { get; }

    /// <summary>The latest commits touching content/, newest first (a bounded number per top-level folder).</summary>
    public IReadOnlyList<ContentCommit> Recent { get; }

    /// <summary>The history of a file by its content-relative path ("en/roles/pace-keeper.md"); null when Git has none.</summary>
    public PageHistory? For(string contentPath) => _files.GetValueOrDefault(contentPath);

    /// <summary>The file's path in the repository, for "edit this page" and history links.</summary>
    public string RepositoryPath(string contentPath) => RepositoryPrefix + contentPath;
}
