using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PmoPlaybook.Web.Security;

/// <summary>
/// Counts submissions per client address in one-minute windows. Only a finished submission counts (not
/// each step of a multi-step form), so a team behind one address can take the assessment together.
/// Behind a reverse proxy the address is the forwarded one (see the forwarded-headers set-up).
/// </summary>
public sealed class SubmissionLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SubmissionsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public bool TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    /// <summary>429 with Retry-After, as problem+json.</summary>
    public static IResult TooMany(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "60";
        return Results.Problem("Too many submissions from this address; try again in a minute.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
    }

    public void Dispose() => _limiter.Dispose();
}
