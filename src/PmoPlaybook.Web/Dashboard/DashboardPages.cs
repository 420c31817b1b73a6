using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using PmoPlaybook.Assessments.Dashboard;
using PmoPlaybook.Assessments.Feedback;
using PmoPlaybook.Theme.Assessments;
using PmoPlaybook.Theme.Dashboard;
using PmoPlaybook.Web.Assessments;
using PmoPlaybook.Web.Feedback;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Dashboard;

/// <summary>The dashboard's two views, rendered on the server into the built site's layout. Only reached signed in.</summary>
public static class DashboardPages
{
    public static async Task ResultsAsync(HttpContext context, AssessmentCatalog catalog, AssessmentResults results, AppPages pages, IAntiforgery antiforgery)
    {
        var lang = ReaderLanguage.Choose(context, catalog.Languages);
        var overviews = new List<AssessmentOverview>();
        foreach (var definition in catalog.All)
        {
            overviews.Add(AssessmentOverview.Build(definition, await results.AllAsync(definition.Id, context.RequestAborted)));
        }
        var model = new DashboardModel(Chrome(context, antiforgery, lang, DashboardView.Results), overviews,
            response => $"{AssessmentPages.ResultUrl(context, response)}?lang={lang}");
        await WriteAsync<DashboardPage>(context, pages, lang, AssessmentText.For(lang).Dashboard, nameof(DashboardPage.Model), model);
    }

    public static async Task FeedbackAsync(HttpContext context, AssessmentCatalog catalog, PageFeedbackStore feedback, AppPages pages, IAntiforgery antiforgery)
    {
        var lang = ReaderLanguage.Choose(context, catalog.Languages);
        var rows = new List<PageFeedbackRow>();
        foreach (var tally in FeedbackTally.ByPage(await feedback.AllAsync(context.RequestAborted)))
        {
            // A page removed since its feedback came in keeps its path as title.
            var title = await pages.TitleOfAsync(tally.Page.TrimStart('/') + "index.html", context.RequestAborted) ?? tally.Page;
            rows.Add(new PageFeedbackRow(tally, title, context.Request.PathBase + tally.Page));
        }
        var text = AssessmentText.For(lang);
        var model = new FeedbackDashboardModel(Chrome(context, antiforgery, lang, DashboardView.Feedback), rows);
        await WriteAsync<FeedbackDashboardPage>(context, pages, lang, $"{text.Dashboard}: {text.Feedback}", nameof(FeedbackDashboardPage.Model), model);
    }

    /// <summary>
    /// Writes a dashboard page (also the sign-in page) into the assessments landing page of the reader's
    /// language, or the home page if the site has none; never indexed, never cached.
    /// </summary>
    internal static async Task WriteAsync<TComponent>(HttpContext context, AppPages pages, string lang, string title, string parameter, object model, int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent
    {
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var parameters = new Dictionary<string, object?> { [parameter] = model };
        foreach (var shell in new[] { $"{lang}/assessments/index.html", $"{lang}/index.html" })
        {
            if (await pages.WriteInShellAsync<TComponent>(context, shell, title, parameters, statusCode))
            {
                return;
            }
        }
        await pages.NotFoundAsync(context);
    }

    private static DashboardChrome Chrome(HttpContext context, IAntiforgery antiforgery, string lang, DashboardView current)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var root = context.Request.PathBase + DashboardSetup.BasePath;
        return new DashboardChrome(lang, current, $"{root}?lang={lang}", $"{context.Request.PathBase}{DashboardSetup.FeedbackPath}?lang={lang}",
            context.Request.PathBase + DashboardSetup.SignOutPath, new FormToken(tokens.FormFieldName, tokens.RequestToken ?? ""),
            context.User.Identity?.Name);
    }
}
