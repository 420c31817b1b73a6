using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PmoPlaybook.Browser.Tests;

/// <summary>
/// Waits for the page to be at an address and loaded. Playwright's own WaitForURLAsync checks the address and
/// only then subscribes to navigations, so a navigation delivered between the two is lost and the wait times
/// out on a page that is already there (microsoft/playwright-dotnet#3364): on a busy machine that is a red
/// test. Here both waits poll the state they want instead of listening for the event that produces it.
/// </summary>
public static class Arrival
{
    public static Task ArriveAtAsync(this IPage page, string glob) => page.ArriveAtAsync(FromGlob(glob));

    public static async Task ArriveAtAsync(this IPage page, Regex address)
    {
        await Expect(page).ToHaveURLAsync(address);
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    /// <summary>Playwright's URL globs: ** is anything, * is anything but a slash, every other character itself.</summary>
    public static Regex FromGlob(string glob)
    {
        var pattern = Regex.Escape(glob)
            .Replace(@"\*\*", "\u0001", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace("\u0001", ".*", StringComparison.Ordinal);
        return new Regex("^" + pattern + "$");
    }
}
