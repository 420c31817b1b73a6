using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoPlaybook.ResultStore.Files;

namespace PmoPlaybook.ResultStore.Git;

/// <summary>
/// Results in a local Git repository at Results:RepositoryPath, created on first use: one commit per record,
/// made with the git command line. Only the <see cref="Outbox.OutboxWriter"/> commits, one record at a time,
/// so submissions never race on the index; the semaphore below only guards direct callers (tests, tools).
/// </summary>
public sealed partial class GitResultStore : IResultStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ResultsOptions _options;
    private readonly CommittedFiles _files;
    private readonly GitCli _git;
    private readonly ILogger<GitResultStore> _logger;
    private bool _initialized;
    private bool _gitFound;

    public GitResultStore(IOptions<ResultsOptions> options, CommittedFiles files, ILogger<GitResultStore> logger)
    {
        _options = options.Value;
        _files = files;
        _logger = logger;
        // Identity from the settings whatever the repository's or the machine's config says, so commits never
        // fail with "Please tell me who you are" on a server without a global git identity.
        _git = new GitCli(files.Root, new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = _options.CommitterName,
            ["GIT_AUTHOR_EMAIL"] = _options.CommitterEmail,
            ["GIT_COMMITTER_NAME"] = _options.CommitterName,
            ["GIT_COMMITTER_EMAIL"] = _options.CommitterEmail,
        });
    }

    public string Name => ResultsOptions.GitStore;

    public string RepositoryRoot => _files.Root;

    public async Task CommitAsync(ResultRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ResultPath.Validate(record.Path, nameof(record));
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureRepositoryAsync(cancellationToken).ConfigureAwait(false);
            var content = Encoding.UTF8.GetBytes(record.Content);
            // Idempotence: after a crash between this commit and the outbox delete, the record comes again. Its
            // file is then in the working tree (written before every commit), so only then is HEAD asked first:
            // one git process less per response in the usual case.
            var inWorkingTree = _files.Read(record.Path) is not null;
            if (inWorkingTree && await IsCommittedAsync(record, content, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            _files.Write(record);
            await _git.RunCheckedAsync(cancellationToken, "add", "--", record.Path).ConfigureAwait(false);
            // "-- path" commits this file only, whatever else a failed earlier attempt may have left staged.
            string[] commit = ["commit", "--quiet", "-m", record.CommitMessage, "--", record.Path];
            var committed = await _git.RunAsync(cancellationToken, commit).ConfigureAwait(false);
            if (committed.ExitCode == 0)
            {
                return;
            }
            // "Nothing to commit" when the file was committed before and deleted from the working tree since (by hand).
            if (!inWorkingTree && await IsCommittedAsync(record, content, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            throw new GitCommandException(commit, committed.ExitCode, committed.StandardError);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Whether HEAD holds this record with this content; if so the working tree gets it back too (the archive reads it).</summary>
    private async Task<bool> IsCommittedAsync(ResultRecord record, byte[] content, CancellationToken cancellationToken)
    {
        var committed = await _git.RunAsync(cancellationToken, "cat-file", "blob", "HEAD:" + record.Path).ConfigureAwait(false);
        if (committed.ExitCode != 0 || !committed.StandardOutput.AsSpan().SequenceEqual(content))
        {
            return false;
        }
        if (!string.Equals(_files.Read(record.Path), record.Content, StringComparison.Ordinal))
        {
            _files.Write(record);
        }
        LogAlreadyCommitted(record.Path);
        return true;
    }

    public async Task<StoreCheck> CheckAsync(CancellationToken cancellationToken)
    {
        if (!_gitFound)
        {
            try
            {
                var version = await new GitCli(Path.GetTempPath()).RunAsync(cancellationToken, "--version").ConfigureAwait(false);
                _gitFound = version.ExitCode == 0;
            }
            catch (GitCommandException e)
            {
                return StoreCheck.Unusable(e.Message);
            }
            if (!_gitFound)
            {
                return StoreCheck.Unusable("`git --version` failed: is the git command line installed?");
            }
        }
        var writable = _files.CheckWritable("repository");
        return writable.Usable ? StoreCheck.Ok($"git repository at {_files.Root}") : writable;
    }

    private async Task EnsureRepositoryAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }
        Directory.CreateDirectory(_files.Root);
        // Checked in the folder itself, not with `git rev-parse`: the default folder lies inside the project's
        // own checkout, and results must never be committed there.
        var dotGit = Path.Combine(_files.Root, ".git");
        if (!Directory.Exists(dotGit) && !File.Exists(dotGit))
        {
            await _git.RunCheckedAsync(cancellationToken, "init", "--quiet", "-b", "main").ConfigureAwait(false);
            await _git.RunCheckedAsync(cancellationToken, "config", "user.name", _options.CommitterName).ConfigureAwait(false);
            await _git.RunCheckedAsync(cancellationToken, "config", "user.email", _options.CommitterEmail).ConfigureAwait(false);
            // A machine-wide signing or line-ending setting must not break or alter unattended commits.
            await _git.RunCheckedAsync(cancellationToken, "config", "commit.gpgsign", "false").ConfigureAwait(false);
            await _git.RunCheckedAsync(cancellationToken, "config", "core.autocrlf", "false").ConfigureAwait(false);
            LogCreated(_files.Root);
        }
        _initialized = true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the results repository at {Folder}")]
    private partial void LogCreated(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Path} was already committed with the same content; no new commit")]
    private partial void LogAlreadyCommitted(string path);
}
