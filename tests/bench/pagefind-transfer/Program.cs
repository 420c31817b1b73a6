// Measures what a static-search query transfers: loads a page of a site served on 127.0.0.1, types a query
// into the search box with the API switched off (so Pagefind answers), and sums the bytes of /pagefind/ responses.
using Microsoft.Playwright;

// --files lists every /pagefind/ file a query fetched, with its size.
var listFiles = args.Contains("--files");
var baseUrl = args[0];
var queries = args.Skip(1).Where(a => a != "--files").ToArray();
Environment.SetEnvironmentVariable("HOME", Path.GetTempPath());
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
});
foreach (var query in queries)
{
    var context = await browser.NewContextAsync(new() { BaseURL = baseUrl });
    var page = await context.NewPageAsync();
    await page.RouteAsync("**/api/search**", route => route.FulfillAsync(new() { Status = 404, Body = "" }));
    long bytes = 0; var files = 0;
    var fetched = new System.Collections.Concurrent.ConcurrentQueue<string>();
    page.RequestFinished += async (_, request) =>
    {
        if (!request.Url.Contains("/pagefind/")) return;
        var sizes = await request.SizesAsync();
        Interlocked.Add(ref bytes, sizes.ResponseBodySize + sizes.ResponseHeadersSize);
        Interlocked.Increment(ref files);
        fetched.Enqueue($"  {(sizes.ResponseBodySize + sizes.ResponseHeadersSize) / 1024.0,7:0.0} kB  {new Uri(request.Url).AbsolutePath}");
    };
    await page.GotoAsync("/en/");
    var started = DateTime.UtcNow;
    await page.Locator("#site-search-input").FocusAsync();
    await page.Keyboard.TypeAsync(query, new() { Delay = 40 });
    await page.GetByRole(AriaRole.Option).First.WaitForAsync(new() { Timeout = 20000 });
    await page.WaitForTimeoutAsync(1500);
    // A long task blocking the main thread would show as a gap: measure input responsiveness with a probe.
    var probe = await page.EvaluateAsync<double>("() => new Promise(r => { const t = performance.now(); setTimeout(() => r(performance.now() - t), 0); })");
    Console.WriteLine($"{query}: {files} files, {bytes / 1024.0:0} kB from /pagefind/, results after {(DateTime.UtcNow - started).TotalMilliseconds - 1500:0} ms, main-thread probe {probe:0} ms");
    if (listFiles)
    {
        foreach (var line in fetched.OrderBy(l => l, StringComparer.Ordinal))
        {
            Console.WriteLine(line);
        }
    }
    await context.CloseAsync();
}
