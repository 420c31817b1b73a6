using Microsoft.Extensions.Diagnostics.HealthChecks;
using PmoPlaybook.ResultStore.Outbox;

namespace PmoPlaybook.ResultStore.Health;

/// <summary>
/// Healthy: the store is usable and the backlog is empty or draining. Degraded (still HTTP 200: submissions
/// are safe in the outbox): the latest commit attempt failed, or damaged outbox files were set aside. Unhealthy: results cannot be stored at all
/// (outbox or repository folder not writable, no git). The data never holds a secret: errors are the
/// writer's redacted one-line descriptions.
/// </summary>
public sealed class ResultsHealthCheck(IResultStore store, FileOutbox outbox, WriterStatus status, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var outboxCheck = outbox.CheckWritable();
        var backlog = new OutboxBacklog(0, null);
        IReadOnlyList<string> quarantined = [];
        if (outboxCheck.Usable)
        {
            try
            {
                backlog = outbox.Backlog();
                quarantined = outbox.Quarantined();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                outboxCheck = StoreCheck.Unusable($"the outbox {outbox.Root} cannot be read: {e.Message}");
            }
        }
        var state = status.Current;
        var oldest = backlog.OldestEnqueuedAt is { } at ? Math.Max(0, Math.Round((time.GetUtcNow() - at).TotalSeconds, 1)) : 0;
        var data = new Dictionary<string, object>
        {
            ["store"] = store.Name,
            ["backlog"] = backlog.Count,
            ["oldestPendingSeconds"] = oldest,
            ["lastError"] = state.LastError ?? "",
            ["quarantined"] = quarantined,
        };
        if (!outboxCheck.Usable)
        {
            return HealthCheckResult.Unhealthy(outboxCheck.Reason, data: data);
        }
        StoreCheck storeCheck;
        try
        {
            storeCheck = await store.CheckAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            storeCheck = StoreCheck.Unusable($"the {store.Name} store could not be checked: {e.GetType().Name}");
        }
        if (!storeCheck.Usable)
        {
            return HealthCheckResult.Unhealthy(storeCheck.Reason, data: data);
        }
        if (state.LastError is not null)
        {
            return HealthCheckResult.Degraded(
                $"the last commit failed ({state.ConsecutiveFailures} attempts so far), {backlog.Count} results wait in the outbox: {state.LastError}",
                data: data);
        }
        if (quarantined.Count > 0)
        {
            return HealthCheckResult.Degraded(
                $"{quarantined.Count} damaged outbox files were set aside in {FileOutbox.RejectedFolder}/ for a person to look at: {string.Join(", ", quarantined.Take(5))}{(quarantined.Count > 5 ? ", …" : "")}",
                data: data);
        }
        return HealthCheckResult.Healthy($"{storeCheck.Reason}; {backlog.Count} results waiting", data);
    }
}
