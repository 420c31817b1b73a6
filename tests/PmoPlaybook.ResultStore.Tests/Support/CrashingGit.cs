using PmoPlaybook.ResultStore.Git;

namespace PmoPlaybook.ResultStore.Tests.Support;

/// <summary>Where, around the chosen git command, the writer's process "dies".</summary>
public enum CrashPoint
{
    /// <summary>The command was started and killed: it did nothing but may have left its lock file.</summary>
    During,

    /// <summary>The command finished; the process died before the next step.</summary>
    After,
}

/// <summary>
/// The real git command line until the n-th run of one command, then frozen there for good, as a process
/// killed at that moment is; <paramref name="leave"/> first puts on disk what such a kill leaves (a lock
/// file). The test then disposes everything (the "process" is gone) and starts again over the same folders.
/// </summary>
internal sealed class CrashingGit(IGitRunner inner, string command, int occurrence, CrashPoint point, Action? leave) : IGitRunner
{
    private readonly TaskCompletionSource _crashed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _seen;

    public Task Crashed => _crashed.Task;

    public async Task<GitOutput> RunAsync(IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken, params string[] arguments)
    {
        var verb = arguments.SkipWhile((a, i) => a == "-c" || (i > 0 && arguments[i - 1] == "-c")).FirstOrDefault();
        if (verb != command || Interlocked.Increment(ref _seen) != occurrence)
        {
            return await inner.RunAsync(environment, cancellationToken, arguments);
        }
        if (point == CrashPoint.After)
        {
            await inner.RunAsync(environment, cancellationToken, arguments);
        }
        leave?.Invoke();
        _crashed.SetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new OperationCanceledException(cancellationToken);
    }
}
