using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PmoPlaybook.Integration.Tests.Assessments;
using PmoPlaybook.Testing;
using PmoPlaybook.Web.Dashboard;

namespace PmoPlaybook.Integration.Tests.Dashboard;

/// <summary>
/// The real app over the real content with the access-key sign-in on, and three assessment responses from
/// two teams already stored: Team Heron at level 1 then 4 (taken again from its first result), Team Falcon at level 2.
/// </summary>
public sealed class AccessKeySiteFixture : IAsyncLifetime
{
    public const string Key = "correct-horse-battery-staple";

    public RunningSite Site { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Site = await RunningSite.StartAsync(RepositoryPaths.Content, settings: new Dictionary<string, string?>
        {
            ["Dashboard:AccessKeyHash"] = AccessKey.Hash(Key),
            ["RateLimits:SubmissionsPerMinute"] = "1000",
        });
        string? heron = null;
        foreach (var (team, level) in new[] { ("Team Heron", 1), ("Team Falcon", 2), ("Team Heron", 4) })
        {
            using var response = await AssessmentClient.SubmitAsync(Site.Client, Web.AssessmentBody(team, level, team == "Team Heron" ? heron : null));
            response.EnsureSuccessStatusCode();
            heron ??= (await AssessmentClient.JsonAsync(response)).GetProperty("id").GetString();
        }
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class AccessKeySiteCollection : ICollectionFixture<AccessKeySiteFixture>
{
    public const string Name = "dashboard with an access key";
}

/// <summary>What the dashboard and feedback tests do over HTTP: browse with a cookie jar, fill in forms, look into Git.</summary>
internal static class Web
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A response answering every question of the maturity assessment with one level, so every cell of its row shows it.</summary>
    /// <param name="previous">The team's earlier result this one continues.</param>
    public static object AssessmentBody(string team, int level, string? previous = null) =>
        new { team, role = "Sponsor", lang = "en", answers = AssessmentClient.Definition.Questions.ToDictionary(q => q.Id, _ => level), previous };

    /// <summary>A client with its own cookies (antiforgery, dashboard sign-in), following no redirects.</summary>
    public static HttpClient NewBrowser(RunningSite site) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = site.BaseAddress };

    public static async Task<IHtmlDocument> HtmlAsync(HttpResponseMessage response) => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>A form's named fields as a browser posts them, with some changed or added.</summary>
    public static FormUrlEncodedContent Fields(IHtmlDocument page, string formSelector, IDictionary<string, string> changes)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"no {formSelector} in the page");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("radio" or "checkbox"))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        return new FormUrlEncodedContent(fields);
    }

    /// <summary>Signs in with the access key through the form, as a browser does; the response to the form post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string key, string returnUrl = "/assessments/dashboard")
    {
        var form = await HtmlAsync(await browser.GetAsync($"/assessments/dashboard/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}&lang=en"));
        return await browser.PostAsync("/assessments/dashboard/sign-in", Fields(form, "form.dashboard-sign-in__form", new Dictionary<string, string> { ["key"] = key }));
    }

    /// <summary>Waits until the results repository has a commit with this subject; the subjects then.</summary>
    public static Task<IReadOnlyList<string>> WaitForCommitAsync(string repository, string subject) =>
        GitRepository.WaitForSubjectsAsync(repository, [subject]);

    /// <summary>
    /// Every file in the outbox and the results repository whose text contains <paramref name="marker"/>. The
    /// outbox is read first, because the writer commits a file before it removes it from there; a file that
    /// moves on while being read is skipped.
    /// </summary>
    public static IReadOnlyList<string> StoredFilesContaining(RunningSite site, string marker) =>
        new[] { site.ResultsOutbox, site.ResultsRepository }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            .Where(file => ReadOrEmpty(file).Contains(marker, StringComparison.Ordinal))
            .ToArray();

    private static string ReadOrEmpty(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (IOException)
        {
            return "";
        }
    }
}
