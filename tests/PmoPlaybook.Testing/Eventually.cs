using System.Diagnostics;

namespace PmoPlaybook.Testing;

/// <summary>Polls a condition until it holds or a generous timeout passes: no sleeps that assume timing.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        PollAsync(() => Task.FromResult(condition()), what, timeout, TimeSpan.FromMilliseconds(10));

    /// <summary>For conditions that ask a server: polled every 100 ms, so the polling does not load what it waits for.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        PollAsync(condition, what, timeout, TimeSpan.FromMilliseconds(100));

    private static async Task PollAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout, TimeSpan interval)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Timed out after {limit.TotalSeconds:0} s waiting until {what}.");
            }
            await Task.Delay(interval);
        }
    }
}
