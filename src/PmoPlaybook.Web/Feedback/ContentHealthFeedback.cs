using System.Text.RegularExpressions;
using PmoPlaybook.Assessments.Feedback;
using PmoPlaybook.Theme.Health;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Feedback;

/// <summary>
/// /{lang}/content-health/ served with its "least helpful pages" section filled in from the page feedback
/// the app has stored; the build cannot (feedback is in the results store, not in content/).
/// </summary>
public static partial class ContentHealthFeedback
{
    [GeneratedRegex("^/(?<lang>[a-z]{2,3})/content-health/?$")]
    private static partial Regex ContentHealthPath();

    public static WebApplication UseContentHealthFeedback(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var match = ContentHealthPath().Match(context.Request.Path.Value ?? "");
            var pages = context.RequestServices.GetRequiredService<AppPages>();
            var shell = match.Success && HttpMethods.IsGet(context.Request.Method)
                ? await pages.ShellAsync($"{match.Groups["lang"].Value}/content-health/index.html", context.RequestAborted)
                : null;
            if (shell is null)
            {
                await next(context);
                return;
            }
            var store = context.RequestServices.GetRequiredService<PageFeedbackStore>();
            var listed = new List<TalliedPage>();
            foreach (var tally in FeedbackTally.ByPage(await store.AllAsync(context.RequestAborted)).Where(t => t.NotHelpful > 0).Take(LeastHelpfulSection.Limit))
            {
                var title = await pages.TitleOfAsync(tally.Page.Trim('/') + "/index.html", context.RequestAborted) ?? tally.Page;
                listed.Add(new TalliedPage(title, context.Request.PathBase + tally.Page, tally));
            }
            var html = await pages.RenderAsync<LeastHelpfulSection>(new Dictionary<string, object?>
            {
                [nameof(LeastHelpfulSection.Language)] = match.Groups["lang"].Value,
                [nameof(LeastHelpfulSection.Pages)] = listed,
            }, context.RequestAborted);
            await PageShell.WriteAsync(context, PageShell.Splice(shell, LeastHelpfulSection.StartMarker, LeastHelpfulSection.EndMarker, html));
        });
        return app;
    }
}
