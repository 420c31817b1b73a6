using System.ComponentModel.DataAnnotations;

namespace PmoPlaybook.Web.Security;

/// <summary>Section "RateLimits".</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Submissions (assessment responses, page feedback) per client address per minute; over it → 429.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:SubmissionsPerMinute must be between 1 and 100000 (environment variable RateLimits__SubmissionsPerMinute).")]
    public int SubmissionsPerMinute { get; set; } = 30;
}
