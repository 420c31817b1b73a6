using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace PmoPlaybook.ResultStore.Outbox;

/// <summary>
/// The one writer: takes outbox entries in order of arrival, commits each through the store and removes the
/// entry only after the commit succeeded. Being alone, it never races another commit on the repository.
/// A failed commit is retried with exponential back-off and jitter, forever: a record is never dropped, and
/// later records wait behind it so the history keeps the order of arrival. On shutdown it stops between
/// attempts and leaves what is pending on disk for the next start, which begins with that backlog.
/// </summary>
public sealed partial class OutboxWriter : BackgroundService
{
    /// <summary>Even without a signal, look at the outbox this often.</summary>
    private static readonly TimeSpan IdleRescan = TimeSpan.FromMinutes(1);

    private readonly FileOutbox _outbox;
    private readonly IResultStore _store;
    private readonly WriterStatus _status;
    private readonly FailureDescription _failures;
    private readonly ResultsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxWriter> _logger;
    private string _current = "reading the outbox";

    public OutboxWriter(
        FileOutbox outbox, IResultStore store, WriterStatus status, FailureDescription failures,
        IOptions<ResultsOptions> options, TimeProvider time, ILogger<OutboxWriter> logger)
    {
        _outbox = outbox;
        _store = store;
        _status = status;
        _failures = failures;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var pipeline = BuildRetryPipeline();
        try
        {
            var backlog = await pipeline.ExecuteAsync(static (outbox, _) => ValueTask.FromResult(outbox.Backlog()), _outbox, stoppingToken).ConfigureAwait(false);
            if (backlog.Count > 0)
            {
                LogBacklog(backlog.Count, _store.Name);
            }

            while (true)
            {
                stoppingToken.ThrowIfCancellationRequested();
                // Reading the folder can fail too (a disk gone read-only, a permission changed): retried like a commit.
                _current = "reading the outbox";
                var pending = await pipeline.ExecuteAsync(static (outbox, _) => ValueTask.FromResult(outbox.Pending()), _outbox, stoppingToken).ConfigureAwait(false);
                // Commits are retried inside the loop below, so reaching this line means nothing is failing now.
                _status.Succeeded();
                if (pending.Count == 0)
                {
                    await _outbox.WaitForWorkAsync(IdleRescan, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                foreach (var entry in pending)
                {
                    _current = "committing " + entry.Path;
                    await pipeline.ExecuteAsync(
                        static (state, ct) => state.Writer.CommitAsync(state.Entry, ct),
                        (Writer: this, Entry: entry),
                        stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogStopped(PendingCount());
        }
    }

    private async ValueTask CommitAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ResultRecord record;
        try
        {
            record = _outbox.Read(entry);
        }
        catch (FileNotFoundException)
        {
            _outbox.Remove(entry); // Removed by hand: nothing left to commit.
            return;
        }
        catch (Exception e) when (FileOutbox.IsNotARecord(e))
        {
            // Damaged on disk after it was accepted: retrying cannot help, and the records behind it must not wait.
            _outbox.Quarantine(entry, e.Message);
            return;
        }
        await _store.CommitAsync(record, cancellationToken).ConfigureAwait(false);
        _outbox.Remove(entry);
        _status.Committed(_time.GetUtcNow());
        LogCommitted(entry.Path, _store.Name);
    }

    private int PendingCount()
    {
        try
        {
            return _outbox.Backlog().Count;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Built here rather than through Microsoft.Extensions.Resilience's registry on purpose: its telemetry
    /// logs each failed attempt with the exception object, and Octokit exceptions carry HTTP requests.
    /// </summary>
    private ResiliencePipeline BuildRetryPipeline() => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            // Everything is worth retrying (a lock, a 5xx, a timeout, a rejected token an operator will fix),
            // except our own shutdown.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = _options.RetryBaseDelay,
            MaxDelay = _options.RetryMaxDelay,
            OnRetry = args =>
            {
                var error = _failures.Describe(args.Outcome.Exception!);
                _status.Failed(error, _time.GetUtcNow());
                LogRetry(_current, _store.Name, args.AttemptNumber + 1, error, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} results left from an earlier run are waiting for the {Store} store")]
    private partial void LogBacklog(int count, string store);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Committed {Path} to the {Store} store")]
    private partial void LogCommitted(string path, string store);

    // Deliberately no exception parameter: see FailureDescription.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Results writer ({Store} store): {Step} failed (attempt {Attempt}): {Error}; retrying in {Delay}")]
    private partial void LogRetry(string step, string store, int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Results writer stopped; {Count} results wait in the outbox for the next start")]
    private partial void LogStopped(int count);
}
