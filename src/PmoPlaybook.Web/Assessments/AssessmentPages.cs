using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.Assessments.Scoring;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Theme.Assessments;
using PmoPlaybook.Web.Security;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Assessments;

/// <summary>
/// The assessment as HTML pages that work without JavaScript: GET shows the first step; each POST
/// carries every answer so far and shows the next step (or the same one with its problems); the last
/// POST stores the response and redirects to its result page (post/redirect/get).
/// </summary>
public static class AssessmentPages
{
    public static async Task FormAsync(string id, HttpContext context, AssessmentCatalog catalog, AppPages pages, IAntiforgery antiforgery)
    {
        if (catalog.Find(id) is not { } definition)
        {
            await pages.NotFoundAsync(context);
            return;
        }
        var lang = ReaderLanguage.Choose(context, catalog.Languages);
        await RenderStepAsync(context, pages, antiforgery, definition, lang, 0, ResponseInputReader.FromForm([]), new Dictionary<string, string[]>());
    }

    public static async Task PostAsync(
        string id, IFormCollection form, HttpContext context, AssessmentCatalog catalog, AssessmentResults results, AppPages pages,
        IAntiforgery antiforgery, SubmissionGuard guard, SubmissionLimiter limiter, ILoggerFactory logs)
    {
        if (catalog.Find(id) is not { } definition)
        {
            await pages.NotFoundAsync(context);
            return;
        }
        if (!guard.IsAllowedOrigin(context))
        {
            await SubmissionGuard.ForbiddenOrigin().ExecuteAsync(context);
            return;
        }
        var lang = form["lang"].FirstOrDefault() is { } l && catalog.Languages.Contains(l) ? l : catalog.Languages[0];
        if (!string.IsNullOrEmpty(form[SubmissionGuard.HoneypotField].FirstOrDefault()))
        {
            // A bot filled in the hidden field: look like success, keep nothing.
            logs.CreateLogger(nameof(AssessmentPages)).LogInformation("Honeypot field filled on assessment {Assessment}; submission dropped", definition.Id);
            context.Response.Redirect($"{context.Request.PathBase}/{lang}/assessments/{definition.Id}/", permanent: false, preserveMethod: false);
            return;
        }

        var stepCount = definition.Dimensions.Count + 1;
        var step = int.TryParse(form["step"].FirstOrDefault(), CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, 0, stepCount - 1) : 0;
        var input = ResponseInputReader.FromForm(form.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value.ToString())));
        var (valid, errors) = ResponseValidator.Validate(definition, input with { Lang = lang }, catalog.Languages);
        var allErrors = errors.ToDictionary();
        var key = form[SubmissionKey.FormField].FirstOrDefault() is { } k && SubmissionKey.IsValid(k) ? k : null;

        switch (form["nav"].FirstOrDefault())
        {
            case "back":
                await RenderStepAsync(context, pages, antiforgery, definition, lang, Math.Max(0, step - 1), input, new Dictionary<string, string[]>(), submission: key);
                return;
            case "submit" when valid is not null:
                if (!limiter.TryAcquire(context))
                {
                    await SubmissionLimiter.TooMany(context).ExecuteAsync(context);
                    return;
                }
                // The form's own key: a second post of the same answers (a double click, a retry after a cut
                // connection) leads to the first result. Other answers under the same key come from going back
                // after submitting and changing something: that is a new response.
                var submission = await results.SubmitAsync(definition, valid, key, context.RequestAborted);
                if (submission.Conflict)
                {
                    submission = await results.SubmitAsync(definition, valid, key: null, context.RequestAborted);
                }
                context.Response.Redirect(ResultUrl(context, submission.Response));
                return;
            case "submit":
                var first = Enumerable.Range(0, stepCount).First(i => i == stepCount - 1 || StepErrors(definition, i, allErrors).Count > 0);
                await RenderStepAsync(context, pages, antiforgery, definition, lang, first, input, StepErrors(definition, first, allErrors), StatusCodes.Status400BadRequest, key);
                return;
            default:
                var stepErrors = StepErrors(definition, step, allErrors);
                await (stepErrors.Count > 0
                    ? RenderStepAsync(context, pages, antiforgery, definition, lang, step, input, stepErrors, StatusCodes.Status400BadRequest, key)
                    : RenderStepAsync(context, pages, antiforgery, definition, lang, Math.Min(step + 1, stepCount - 1), input, new Dictionary<string, string[]>(), submission: key));
                return;
        }
    }

    public static async Task ResultAsync(string id, string responseId, HttpContext context, AssessmentCatalog catalog, AssessmentResults results, AppPages pages)
    {
        if (catalog.Find(id) is not { } definition || await results.FindWithTeamHistoryAsync(id, responseId, context.RequestAborted) is not var (response, teamHistory))
        {
            await pages.NotFoundAsync(context);
            return;
        }
        var lang = context.Request.Query["lang"].FirstOrDefault() is { } l && catalog.Languages.Contains(l) ? l : response.Lang;
        var score = AssessmentScorer.Score(definition, response.Answers);
        var recommendations = new List<RecommendedArea>();
        foreach (var weak in score.Weakest)
        {
            var dimension = definition.FindDimension(weak.DimensionId)!;
            var links = new List<PageLink>();
            foreach (var recommendation in dimension.Recommendations)
            {
                var path = ContentPath.Parse($"{lang}/{recommendation.Page}");
                if (await pages.TitleOfAsync(path.OutputFile, context.RequestAborted) is { } pageTitle)
                {
                    links.Add(new PageLink(pageTitle, context.Request.PathBase + path.UrlPath));
                }
            }
            recommendations.Add(new RecommendedArea(dimension, weak.Level, links));
        }
        var resultUrl = ResultUrl(context, response);
        var model = new AssessmentResultModel(definition, lang, response, score, recommendations,
            teamHistory,
            resultUrl + "/result.json", resultUrl + "/result.csv", $"{context.Request.PathBase}/assessments/{definition.Id}?lang={lang}");
        var title = $"{definition.Title.For(lang)}: {AssessmentText.For(lang).Result}";
        // A result's address is private: keep it out of search engines even if it is shared.
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        await pages.WriteInShellAsync<AssessmentResult>(context, ShellPath(lang, definition), title,
            new Dictionary<string, object?> { [nameof(AssessmentResult.Model)] = model });
    }

    public static string ResultUrl(HttpContext context, AssessmentResponse response) =>
        $"{context.Request.PathBase}/assessments/{response.Assessment}/results/{response.Id}";

    /// <summary>The built page of the assessment, whose layout frames the app's steps and results.</summary>
    private static string ShellPath(string lang, AssessmentDefinition definition) =>
        ContentPath.Parse($"{lang}/{DefinitionReader.Folder}/{definition.Id}.md").OutputFile;

    /// <summary>The problems that belong on one step: team and role on the first, a dimension's answers on its own, the comment on the last.</summary>
    private static Dictionary<string, string[]> StepErrors(AssessmentDefinition definition, int step, IDictionary<string, string[]> errors)
    {
        var fields = step == 0
            ? new HashSet<string> { "team", "role", "lang" }
            : definition.Dimensions[step - 1].Questions.Select(q => "answers." + q.Id).ToHashSet();
        if (step == definition.Dimensions.Count)
        {
            fields.Add("comment");
        }
        return errors.Where(e => fields.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value);
    }

    private static async Task RenderStepAsync(
        HttpContext context, AppPages pages, IAntiforgery antiforgery, AssessmentDefinition definition, string lang, int step,
        ResponseInput input, IReadOnlyDictionary<string, string[]> errors, int statusCode = StatusCodes.Status200OK, string? submission = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var answers = (input.Answers ?? new Dictionary<string, int?>())
            .Where(a => definition.FindQuestion(a.Key) is not null && a.Value is >= 0 and <= 5)
            .ToDictionary(a => a.Key, a => (a.Value ?? 0).ToString(CultureInfo.InvariantCulture));
        var model = new AssessmentFormModel(definition, lang, step, input.Team, input.Role, input.Comment, answers, errors,
            $"{context.Request.PathBase}/assessments/{definition.Id}?lang={lang}", new FormToken(tokens.FormFieldName, tokens.RequestToken ?? ""))
        {
            Submission = submission ?? SubmissionKey.New(),
        };
        var text = AssessmentText.For(lang);
        var title = $"{definition.Title.For(lang)} ({string.Format(CultureInfo.InvariantCulture, text.StepOf, step + 1, model.StepCount)})";
        if (!await pages.WriteInShellAsync<AssessmentForm>(context, ShellPath(lang, definition), title,
            new Dictionary<string, object?> { [nameof(AssessmentForm.Model)] = model }, statusCode))
        {
            await pages.NotFoundAsync(context);
        }
    }
}
