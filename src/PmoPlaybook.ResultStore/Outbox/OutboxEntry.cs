namespace PmoPlaybook.ResultStore.Outbox;

/// <summary>One record waiting in the outbox: its file (whose name orders arrivals), its path and when it arrived.</summary>
public sealed record OutboxEntry(string FileName, string Path, DateTimeOffset EnqueuedAt);

/// <summary>How much is waiting: what the health check reports.</summary>
public sealed record OutboxBacklog(int Count, DateTimeOffset? OldestEnqueuedAt);
