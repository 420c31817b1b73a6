using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoPlaybook.ResultStore.Files;

namespace PmoPlaybook.ResultStore.Git;

/// <summary>
/// Results in a local Git repository at Results:RepositoryPath, created on first use: one commit per record,
/// made with git's plumbing on an index of the writer's own (.git/pmo-index) rather than the repository's
/// shared one. Per record: the file is written durably, `update-index --add`, `write-tree`, `commit-tree`,
/// and `update-ref` of the branch from the commit it was built on (a compare-and-swap). So
/// <list type="bullet">
/// <item>nothing anybody does to .git/index or its lock (a person's `git status`, a killed `git add`, a
/// corrupt index) can block, corrupt or widen a commit: exactly the record's file goes in;</item>
/// <item>whatever a killed command left (its index lock, a half-written index, a dangling commit) is thrown
/// away: the private index is rebuilt from the branch at start and after any failed attempt;</item>
/// <item>a branch moved by someone else is noticed (update-ref refuses), never overwritten;</item>
/// <item>a record already in the branch makes the same tree as the branch, and then no commit.</item>
/// </list>
/// Only the <see cref="Outbox.OutboxWriter"/> commits, one record at a time; the semaphore guards direct
/// callers (tests, tools), and <see cref="RepositoryLock"/> keeps other processes out.
/// </summary>
public sealed partial class GitResultStore : IResultStore, IDisposable
{
    /// <summary>The writer's own index, inside the repository's git folder.</summary>
    public const string IndexFileName = "pmo-index";

    /// <summary>Plumbing does not run git's automatic housekeeping as `git commit` does: the store asks for it this often.</summary>
    private const int HousekeepingEvery = 100;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ResultsOptions _options;
    private readonly CommittedFiles _files;
    private readonly IGitRunner _git;
    private readonly ILogger<GitResultStore> _logger;
    private RepositoryLock? _lock;
    private string _gitDirectory = "";
    private string _branch = "";
    private Dictionary<string, string> _indexEnvironment = [];
    private bool _indexReady;
    private string? _head;
    private string? _headTree;
    private int _commitsSinceHousekeeping;
    private bool _gitFound;
    private bool _disposed;

    public GitResultStore(IOptions<ResultsOptions> options, CommittedFiles files, ILogger<GitResultStore> logger)
        : this(options, files, logger, wrap: null)
    {
    }

    /// <param name="wrap">For crash tests: puts a runner in front of the real git command line.</param>
    internal GitResultStore(IOptions<ResultsOptions> options, CommittedFiles files, ILogger<GitResultStore> logger, Func<IGitRunner, IGitRunner>? wrap)
    {
        _options = options.Value;
        _files = files;
        _logger = logger;
        // Identity from the settings whatever the repository's or the machine's config says, so commits never
        // fail with "Please tell me who you are" on a server without a global git identity.
        var cli = new GitCli(files.Root, new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = _options.CommitterName,
            ["GIT_AUTHOR_EMAIL"] = _options.CommitterEmail,
            ["GIT_COMMITTER_NAME"] = _options.CommitterName,
            ["GIT_COMMITTER_EMAIL"] = _options.CommitterEmail,
        });
        _git = wrap is null ? cli : wrap(cli);
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
            ObjectDisposedException.ThrowIf(_disposed, this);
            await OpenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await CommitOneAsync(record, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                // Whatever state the failed step left (a lock, a half-updated index, a moved branch): start the
                // next attempt from the branch as it is then.
                _indexReady = false;
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CommitOneAsync(ResultRecord record, CancellationToken cancellationToken)
    {
        // Written (durably) every time, also when it may be committed already: after a crash between a commit
        // and the outbox delete the record comes again, and its tree then equals the branch's.
        _files.Write(record);
        await RunCheckedAsync(cancellationToken, "update-index", "--add", "--", record.Path).ConfigureAwait(false);
        var tree = (await RunCheckedAsync(cancellationToken, "write-tree").ConfigureAwait(false)).Text.Trim();
        if (string.Equals(tree, _headTree, StringComparison.Ordinal))
        {
            LogAlreadyCommitted(record.Path);
            return;
        }
        string[] commitTree = _head is null
            ? ["commit-tree", tree, "-m", record.CommitMessage]
            : ["commit-tree", tree, "-p", _head, "-m", record.CommitMessage];
        var commit = (await RunCheckedAsync(cancellationToken, commitTree).ConfigureAwait(false)).Text.Trim();
        // The old value makes this a compare-and-swap: "" means the branch must not exist yet.
        await RunCheckedAsync(cancellationToken, "update-ref", _branch, commit, _head ?? "").ConfigureAwait(false);
        _head = commit;
        _headTree = tree;
        PublishIndex();
        await HousekeepingAsync(cancellationToken).ConfigureAwait(false);
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
        if (!writable.Usable)
        {
            return writable;
        }
        // Only when no commit is running (the probe must never wait behind one): is another process the writer?
        if (await _gate.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (!_disposed && _lock is null && Directory.Exists(Path.Combine(_files.Root, ".git")))
                {
                    _lock = RepositoryLock.TryAcquire(await GitDirectoryAsync(cancellationToken).ConfigureAwait(false));
                    if (_lock is null)
                    {
                        return StoreCheck.Unusable(HeldByAnotherProcess());
                    }
                }
            }
            catch (GitCommandException e)
            {
                return StoreCheck.Unusable(e.Message);
            }
            finally
            {
                _gate.Release();
            }
        }
        return StoreCheck.Ok($"git repository at {_files.Root}");
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _disposed = true;
            _lock?.Dispose();
            _lock = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Creates the repository on first use, takes the writer lock, and (re)builds the private index from the branch.</summary>
    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (_indexReady)
        {
            return;
        }
        var starting = _lock is null;
        if (starting)
        {
            await EnsureRepositoryAsync(cancellationToken).ConfigureAwait(false);
            _gitDirectory = await GitDirectoryAsync(cancellationToken).ConfigureAwait(false);
            _lock = RepositoryLock.TryAcquire(_gitDirectory) ?? throw new IOException(HeldByAnotherProcess());
            var symbolic = await RunAsync(cancellationToken, "symbolic-ref", "-q", "HEAD").ConfigureAwait(false);
            _branch = symbolic.ExitCode == 0 ? symbolic.Text.Trim() : "HEAD";
            var index = Path.Combine(_gitDirectory, IndexFileName);
            _indexEnvironment = new Dictionary<string, string> { ["GIT_INDEX_FILE"] = index };
            DurableFile.DeleteTemporaryFiles(_files.Root, skip: ".git");
        }
        RemoveLeftLocks(starting);
        var indexFile = _indexEnvironment["GIT_INDEX_FILE"];
        File.Delete(indexFile);
        var head = await RunAsync(cancellationToken, "rev-parse", "-q", "--verify", _branch + "^{commit}").ConfigureAwait(false);
        _head = head.ExitCode == 0 ? head.Text.Trim() : null;
        _headTree = null;
        if (_head is not null)
        {
            await RunCheckedAsync(cancellationToken, "read-tree", _head).ConfigureAwait(false);
            _headTree = (await RunCheckedAsync(cancellationToken, "rev-parse", _head + "^{tree}").ConfigureAwait(false)).Text.Trim();
        }
        _indexReady = true;
    }

    /// <summary>
    /// Lock files a killed command of this writer left. The private index's lock is only ever ours, and we hold
    /// the writer lock, so it goes. The branch's lock is git's for anybody committing to the branch: at start it
    /// can only be a leftover of ours (the app owns the branch); later it goes only once older than any git
    /// command of ours may run, so a person's commit in progress is waited for, not broken.
    /// </summary>
    private void RemoveLeftLocks(bool starting)
    {
        RemoveLock(_indexEnvironment["GIT_INDEX_FILE"] + ".lock");
        var branchLock = Path.Combine(_gitDirectory, _branch.Replace('/', Path.DirectorySeparatorChar) + ".lock");
        if (File.Exists(branchLock) && (starting || DateTime.UtcNow - File.GetLastWriteTimeUtc(branchLock) > GitCli.Timeout))
        {
            RemoveLock(branchLock);
        }
    }

    private void RemoveLock(string lockFile)
    {
        if (File.Exists(lockFile))
        {
            File.Delete(lockFile);
            LogRemovedLock(lockFile);
        }
    }

    /// <summary>
    /// Makes the repository's shared index match the branch too, so `git status` in the results folder stays
    /// clean for the people who look there. Replaced whole by a rename (never half-written); best effort: a
    /// failure here never fails a commit, the next one publishes again.
    /// </summary>
    private void PublishIndex()
    {
        var temp = Path.Combine(_gitDirectory, IndexFileName + ".publish");
        try
        {
            File.Copy(_indexEnvironment["GIT_INDEX_FILE"], temp, overwrite: true);
            File.Move(temp, Path.Combine(_gitDirectory, "index"), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogPublishFailed(e.Message);
        }
    }

    /// <summary>`git gc --auto` now and then, in the foreground (a detached gc would outlive a killed app); packs loose objects when there are many.</summary>
    private async Task HousekeepingAsync(CancellationToken cancellationToken)
    {
        if (++_commitsSinceHousekeeping < HousekeepingEvery)
        {
            return;
        }
        _commitsSinceHousekeeping = 0;
        var gc = await RunAsync(cancellationToken, "-c", "gc.autoDetach=false", "gc", "--auto", "--quiet").ConfigureAwait(false);
        if (gc.ExitCode != 0)
        {
            LogHousekeepingFailed(gc.StandardError.Trim());
        }
    }

    private async Task EnsureRepositoryAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_files.Root);
        // Checked in the folder itself, not with `git rev-parse`: the default folder lies inside the project's
        // own checkout, and results must never be committed there.
        var dotGit = Path.Combine(_files.Root, ".git");
        if (Directory.Exists(dotGit) || File.Exists(dotGit))
        {
            return;
        }
        await RunCheckedAsync(cancellationToken, "init", "--quiet", "-b", "main").ConfigureAwait(false);
        await RunCheckedAsync(cancellationToken, "config", "user.name", _options.CommitterName).ConfigureAwait(false);
        await RunCheckedAsync(cancellationToken, "config", "user.email", _options.CommitterEmail).ConfigureAwait(false);
        // A machine-wide signing or line-ending setting must not break or alter unattended commits.
        await RunCheckedAsync(cancellationToken, "config", "commit.gpgsign", "false").ConfigureAwait(false);
        await RunCheckedAsync(cancellationToken, "config", "core.autocrlf", "false").ConfigureAwait(false);
        LogCreated(_files.Root);
    }

    private async Task<string> GitDirectoryAsync(CancellationToken cancellationToken) =>
        (await RunCheckedAsync(cancellationToken, "rev-parse", "--absolute-git-dir").ConfigureAwait(false)).Text.Trim();

    private string HeldByAnotherProcess() =>
        $"another process commits to the results repository {_files.Root} (it holds .git/{RepositoryLock.FileName}): " +
        "give every app instance its own Results:RepositoryPath, or let them share the github store";

    private Task<GitOutput> RunAsync(CancellationToken cancellationToken, params string[] arguments) =>
        _git.RunAsync(_indexEnvironment, cancellationToken, arguments);

    private async Task<GitOutput> RunCheckedAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var output = await RunAsync(cancellationToken, arguments).ConfigureAwait(false);
        return output.ExitCode == 0 ? output : throw new GitCommandException(arguments, output.ExitCode, output.StandardError);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the results repository at {Folder}")]
    private partial void LogCreated(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Path} was already committed with the same content; no new commit")]
    private partial void LogAlreadyCommitted(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {LockFile}, left by a git command of the results writer that did not finish")]
    private partial void LogRemovedLock(string lockFile);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The results repository's own index was not brought up to date (the commit is made): {Reason}")]
    private partial void LogPublishFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "git gc --auto in the results repository failed (commits go on): {Error}")]
    private partial void LogHousekeepingFailed(string error);
}
