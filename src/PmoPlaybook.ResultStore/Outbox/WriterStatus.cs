namespace PmoPlaybook.ResultStore.Outbox;

/// <summary>What the writer last did, for the health check. Shared as a singleton; updates swap one snapshot.</summary>
public sealed class WriterStatus
{
    private WriterState _state = WriterState.Initial;

    public WriterState Current => Volatile.Read(ref _state);

    internal void Committed(DateTimeOffset at) =>
        Update(s => s with { LastError = null, ConsecutiveFailures = 0, LastCommitAt = at, Commits = s.Commits + 1 });

    /// <summary>A step other than a commit (reading the outbox) worked again: the writer is no longer failing.</summary>
    internal void Succeeded()
    {
        if (Current.LastError is not null)
        {
            Update(s => s with { LastError = null, ConsecutiveFailures = 0 });
        }
    }

    /// <param name="error">Already free of secrets (see <see cref="FailureDescription"/>).</param>
    internal void Failed(string error, DateTimeOffset at) =>
        Update(s => s with { LastError = error, LastFailureAt = at, ConsecutiveFailures = s.ConsecutiveFailures + 1 });

    private void Update(Func<WriterState, WriterState> change)
    {
        WriterState seen, next;
        do
        {
            seen = Volatile.Read(ref _state);
            next = change(seen);
        }
        while (Interlocked.CompareExchange(ref _state, next, seen) != seen);
    }
}

/// <param name="LastError">The error of the latest attempt when it failed; null once a commit succeeds again.</param>
public sealed record WriterState(string? LastError, DateTimeOffset? LastFailureAt, DateTimeOffset? LastCommitAt, int ConsecutiveFailures, long Commits)
{
    public static WriterState Initial { get; } = new(null, null, null, 0, 0);
}
