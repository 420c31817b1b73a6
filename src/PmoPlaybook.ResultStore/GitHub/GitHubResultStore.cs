using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octokit;
using PmoPlaybook.ResultStore.Files;

namespace PmoPlaybook.ResultStore.GitHub;

/// <summary>
/// Results in a GitHub repository through Octokit: committed straight to Results:GitHub:Branch, or (with
/// PullRequests) each on its own branch "results/{file name}" with a pull request. Each step first looks at
/// what is already there, so a record sent again after a crash or a lost response makes no second commit or
/// pull request. Committed files are also written under Results:RepositoryPath, the local read mirror the
/// archive serves from.
/// </summary>
public sealed partial class GitHubResultStore : IResultStore
{
    private readonly ResultsOptions _options;
    private readonly GitHubResultsOptions _github;
    private readonly CommittedFiles _mirror;
    private readonly GitHubClient _client;
    private readonly ILogger<GitHubResultStore> _logger;

    public GitHubResultStore(IOptions<ResultsOptions> options, CommittedFiles mirror, ILogger<GitHubResultStore> logger)
    {
        _options = options.Value;
        _github = _options.GitHub;
        _mirror = mirror;
        _logger = logger;
        // A custom base address makes Octokit talk to {BaseUrl}/api/v3/ (GitHub Enterprise style).
        var baseAddress = string.IsNullOrWhiteSpace(_github.BaseUrl) ? GitHubClient.GitHubApiUrl : new Uri(_github.BaseUrl);
        _client = new GitHubClient(new Octokit.ProductHeaderValue("PmoPlaybook"), baseAddress)
        {
            Credentials = new Credentials(_github.Token ?? ""),
        };
        _client.SetRequestTimeout(_github.RequestTimeout);
    }

    public string Name => ResultsOptions.GitHubStore;

    private string Owner => _github.Owner!;

    private string Repository => _github.Repository!;

    public async Task CommitAsync(ResultRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ResultPath.Validate(record.Path, nameof(record));
        var sha = GitBlob.Sha(record.Content);
        if (_github.PullRequests)
        {
            await ProposeAsync(record, sha, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await CommitToBranchAsync(record, _github.Branch, sha, cancellationToken).ConfigureAwait(false);
        }
        _mirror.Write(record);
    }

    /// <summary>
    /// Usable when the settings are complete (start-up validation) and the local mirror is writable. GitHub itself
    /// is not called here: health probes would spend the rate limit, and its failures show as failed commits.
    /// </summary>
    public Task<StoreCheck> CheckAsync(CancellationToken cancellationToken)
    {
        var writable = _mirror.CheckWritable("local mirror");
        return Task.FromResult(writable.Usable
            ? StoreCheck.Ok($"GitHub {Owner}/{Repository} ({(_github.PullRequests ? "pull requests against" : "commits to")} {_github.Branch})")
            : writable);
    }

    /// <summary>Commits the file to a branch unless it is already there with this content; true when a commit was made.</summary>
    private async Task<bool> CommitToBranchAsync(ResultRecord record, string branch, string sha, CancellationToken cancellationToken)
    {
        var existing = await TryGetFileAsync(record.Path, branch, cancellationToken).ConfigureAwait(false);
        if (existing is not null && string.Equals(existing.Sha, sha, StringComparison.OrdinalIgnoreCase))
        {
            LogAlreadyThere(record.Path, branch);
            return false;
        }
        var committer = new Committer(_options.CommitterName, _options.CommitterEmail, DateTimeOffset.UtcNow);
        if (existing is null)
        {
            var create = new CreateFileRequest(record.CommitMessage, record.Content, branch) { Committer = committer };
            await _client.Repository.Content.CreateFile(Owner, Repository, record.Path, create).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Different content at the same path (edited by hand?): the record wins, as a new commit on top.
            var update = new UpdateFileRequest(record.CommitMessage, record.Content, existing.Sha, branch) { Committer = committer };
            await _client.Repository.Content.UpdateFile(Owner, Repository, record.Path, update).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private async Task ProposeAsync(ResultRecord record, string sha, CancellationToken cancellationToken)
    {
        // Already merged (or the pull request's branch deleted after merging): nothing left to propose.
        var merged = await TryGetFileAsync(record.Path, _github.Branch, cancellationToken).ConfigureAwait(false);
        if (merged is not null && string.Equals(merged.Sha, sha, StringComparison.OrdinalIgnoreCase))
        {
            LogAlreadyThere(record.Path, _github.Branch);
            return;
        }
        var branch = "results/" + Path.GetFileNameWithoutExtension(record.Path);
        await EnsureBranchAsync(branch, cancellationToken).ConfigureAwait(false);
        await CommitToBranchAsync(record, branch, sha, cancellationToken).ConfigureAwait(false);
        if (await HasOpenPullRequestAsync(branch, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var pull = new NewPullRequest(record.CommitMessage, branch, _github.Branch)
        {
            Body = $"Adds `{record.Path}`, submitted through PmoPlaybook.",
        };
        try
        {
            var created = await _client.PullRequest.Create(Owner, Repository, pull).WaitAsync(cancellationToken).ConfigureAwait(false);
            LogPullRequest(created.Number, record.Path);
        }
        catch (ApiValidationException)
        {
            // "A pull request already exists": opened by an earlier attempt whose response was lost.
            if (!await HasOpenPullRequestAsync(branch, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    private async Task EnsureBranchAsync(string branch, CancellationToken cancellationToken)
    {
        if (await BranchExistsAsync(branch, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var head = await _client.Git.Reference.Get(Owner, Repository, "heads/" + _github.Branch).WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _client.Git.Reference.Create(Owner, Repository, new NewReference("refs/heads/" + branch, head.Object.Sha)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ApiValidationException)
        {
            // "Reference already exists": made by an earlier attempt whose response was lost.
            if (!await BranchExistsAsync(branch, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    private async Task<bool> BranchExistsAsync(string branch, CancellationToken cancellationToken)
    {
        try
        {
            // GitHub answers GET git/refs/heads/x with the refs that start with x when none is exactly x,
            // so ask for the namespace and look for the exact name.
            var refs = await _client.Git.Reference.GetAllForSubNamespace(Owner, Repository, "heads/" + branch).WaitAsync(cancellationToken).ConfigureAwait(false);
            return refs.Any(r => r.Ref == "refs/heads/" + branch);
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private async Task<bool> HasOpenPullRequestAsync(string branch, CancellationToken cancellationToken)
    {
        var request = new PullRequestRequest { State = ItemStateFilter.Open, Head = $"{Owner}:{branch}", Base = _github.Branch };
        var open = await _client.PullRequest.GetAllForRepository(Owner, Repository, request).WaitAsync(cancellationToken).ConfigureAwait(false);
        return open.Count > 0;
    }

    private async Task<RepositoryContent?> TryGetFileAsync(string path, string branch, CancellationToken cancellationToken)
    {
        try
        {
            var contents = await _client.Repository.Content.GetAllContentsByRef(Owner, Repository, path, branch).WaitAsync(cancellationToken).ConfigureAwait(false);
            return contents.FirstOrDefault(c => c.Path == path && c.Type == ContentType.File);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Path} is already on {Branch} with the same content; no new commit")]
    private partial void LogAlreadyThere(string path, string branch);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened pull request #{Number} for {Path}")]
    private partial void LogPullRequest(int number, string path);
}
