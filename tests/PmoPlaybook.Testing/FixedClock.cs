namespace PmoPlaybook.Testing;

/// <summary>A clock stopped at one moment in UTC, so tests about "today" (review dates, stale pages) never depend on the day they run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock(int year, int month, int day)
        : this(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
