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
/// The assessment as HTML pages that work without JavaScript, post/redirect/get at every step: each step is
/// its own address (GET /assessments/{id}/steps/{n}), rendered from the draft of answers so far (see
/// <see cref="DraftCookie"/>); each POST merges that step's answers into the draft and redirects (303) to the
/// next step, back to the previous one, to the same step with its problems (?check=1), or, from the last
/// step, to the stored result. So a reload never posts again, and Back shows the answers given.
/// </summary>
public static class AssessmentPages
{
    /// <summary>Query flag of a step whose problems are shown: the draft is checked again on every GET, so a reload keeps them.</summary>
    public const string CheckFlag = "check";

    /// <summary>GET /assessments/{id}: the first step, with "continue where you left off" when a draft exists.</summary>
    public static async Task FormAsync(string id, HttpContext context, AssessmentCatalog catalog, AppPages pages, IAntiforgery antiforgery, DraftCookie drafts, TimeProvider clock)
    {
        if (catalog.Find(id) is not { } definition)
        {
            await pages.NotFoundAsync(context);
            return;
        }
        var lang = ReaderLanguage.Choose(context, catalog.Languages);
        var draft = drafts.Read(context, definition);
        var resume = draft is { HasContent: true }
            ? new ResumeOffer(StepUrl(context, definition, lang, draft.Reached), draft.UpdatedAt, draft.AnsweredOf(definition), definition.Questions.Count(), draft.Reached)
            : null;
        draft ??= ResponseDraft.Empty(lang, clock.GetUtcNow());
        // Taken again from a result page: the new result continues that result's trend.
        if (context.Request.Query[ResponseInputReader.PreviousField].FirstOrDefault() is { } previous && ResponseId.IsValid(previous))
        {
            draft = draft with { Previous = previous };
        }
        await RenderStepAsync(context, pages, antiforgery, definition, lang, 0, draft, null, resume);
    }

    /// <summary>GET /assessments/{id}/steps/{number}: one step (1 is the team), from the draft; without one, back to the start.</summary>
    public static async Task StepAsync(string id, int number, HttpContext context, AssessmentCatalog catalog, AppPages pages, IAntiforgery antiforgery, DraftCookie drafts)
    {
        if (catalog.Find(id) is not { } definition || number < 1 || number > new FormSteps(definition).Count)
        {
            await pages.NotFoundAsync(context);
            return;
        }
        var lang = ReaderLanguage.Choose(context, catalog.Languages);
        if (drafts.Read(context, definition) is not { } draft)
        {
            // A bookmarked middle step after the draft expired: the answers are gone, so start again.
            context.Response.Redirect(StepUrl(context, definition, lang, 0));
            return;
        }
        var steps = new FormSteps(definition);
        var step = number - 1;
        var problems = context.Request.Query.ContainsKey(CheckFlag)
            ? steps.ProblemsOn(step, ResponseValidator.Validate(definition, draft.ToInput() with { Lang = lang }, catalog.Languages).Errors)
            : null;
        await RenderStepAsync(context, pages, antiforgery, definition, lang, step, draft, problems is { Count: > 0 } ? problems : null, null);
    }

    public static async Task PostAsync(
        string id, IFormCollection form, HttpContext context, AssessmentCatalog catalog, AssessmentResults results, AppPages pages,
        SubmissionGuard guard, SubmissionLimiter limiter, DraftCookie drafts, TimeProvider clock, ILoggerFactory logs)
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

        var steps = new FormSteps(definition);
        var step = int.TryParse(form["step"].FirstOrDefault(), CultureInfo.InvariantCulture, out var s) ? steps.Clamp(s) : 0;
        var nav = form["nav"].FirstOrDefault();
        if (nav == "restart")
        {
            drafts.Clear(context, definition);
            SeeOther(context, StepUrl(context, definition, lang, 0));
            return;
        }
        var now = clock.GetUtcNow();
        var posted = ResponseInputReader.FromForm(form.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value.ToString()))) with { Lang = lang };
        var draft = (drafts.Read(context, definition) ?? ResponseDraft.Empty(lang, now)).With(steps, step, posted, now);
        var (valid, errors) = ResponseValidator.Validate(definition, draft.ToInput(), catalog.Languages);
        var key = form[SubmissionKey.FormField].FirstOrDefault() is { } k && SubmissionKey.IsValid(k) ? k : null;

        switch (nav)
        {
            case "back":
                drafts.Write(context, definition, draft);
                SeeOther(context, StepUrl(context, definition, lang, Math.Max(0, step - 1)));
                return;
            case "submit" when valid is not null:
                if (!limiter.TryAcquire(context))
                {
                    drafts.Write(context, definition, draft);
                    await SubmissionLimiter.TooMany(context).ExecuteAsync(context);
                    return;
                }
                // The form's own key: a second post of the same answers (a double click, a retry after a cut
                // connection) leads to the first result. Other answers under the same key come from going back
                // after submitting and changing something: that is a new response.
                var submission = await results.SubmitAsync(definition, valid, key, context.RequestAborted);
                if (submission.Outcome == SubmissionOutcome.KeyReused)
                {
                    submission = await results.SubmitAsync(definition, valid, key: null, context.RequestAborted);
                }
                if (submission.Outcome == SubmissionOutcome.UnknownPrevious)
                {
                    // The earlier result is gone (or the field was edited): keep the answers, start a new trend.
                    submission = await results.SubmitAsync(definition, valid with { Previous = null }, key, context.RequestAborted);
                }
                drafts.Clear(context, definition);
                SeeOther(context, ResultUrl(context, submission.Response!));
                return;
            case "submit":
                var first = steps.FirstWithProblems(errors) ?? steps.Last;
                drafts.Write(context, definition, draft.ReachedStep(first));
                SeeOther(context, StepUrl(context, definition, lang, first, check: true));
                return;
            default:
                if (steps.ProblemsOn(step, errors).Count > 0)
                {
                    drafts.Write(context, definition, draft.ReachedStep(step));
                    SeeOther(context, StepUrl(context, definition, lang, step, check: true));
                    return;
                }
                var next = Math.Min(step + 1, steps.Last);
                drafts.Write(context, definition, draft.ReachedStep(next));
                SeeOther(context, StepUrl(context, definition, lang, next));
                return;
        }
    }

    /// <summary>The address of a step (0-based here, 1-based in the URL, as "Step 1 of 11" reads).</summary>
    public static string StepUrl(HttpContext context, AssessmentDefinition definition, string lang, int step, bool check = false) =>
        step == 0 && !check
            ? $"{context.Request.PathBase}/assessments/{definition.Id}?lang={lang}"
            : $"{context.Request.PathBase}/assessments/{definition.Id}/steps/{step + 1}?lang={lang}{(check ? "&" + CheckFlag + "=1" : "")}";

    // 303, not 302: the browser must follow with a GET whatever it posted.
    private static void SeeOther(HttpContext context, string url)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = url;
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
            resultUrl + "/result.json", resultUrl + "/result.csv",
            $"{context.Request.PathBase}/assessments/{definition.Id}?lang={lang}&{ResponseInputReader.PreviousField}={response.Id}");
        var title = $"{definition.Title.For(lang)}: {AssessmentText.For(lang).Result}";
        await pages.WriteInShellAsync<AssessmentResult>(context, ShellPath(lang, definition), title,
            new Dictionary<string, object?> { [nameof(AssessmentResult.Model)] = model });
    }

    public static string ResultUrl(HttpContext context, AssessmentResponse response) =>
        $"{context.Request.PathBase}/assessments/{response.Assessment}/results/{response.Id}";

    /// <summary>The built page of the assessment, whose layout frames the app's steps and results.</summary>
    private static string ShellPath(string lang, AssessmentDefinition definition) =>
        ContentPath.Parse($"{lang}/{DefinitionReader.Folder}/{definition.Id}.md").OutputFile;

    private static async Task RenderStepAsync(
        HttpContext context, AppPages pages, IAntiforgery antiforgery, AssessmentDefinition definition, string lang, int step,
        ResponseDraft draft, IReadOnlyDictionary<string, IReadOnlyList<FieldProblem>>? problems, ResumeOffer? resume)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var model = new AssessmentFormModel(definition, lang, step, draft, problems ?? new Dictionary<string, IReadOnlyList<FieldProblem>>(),
            $"{context.Request.PathBase}/assessments/{definition.Id}?lang={lang}", new FormToken(tokens.FormFieldName, tokens.RequestToken ?? ""), resume)
        {
            Submission = SubmissionKey.New(),
            Previous = draft.Previous is { } previous && ResponseId.IsValid(previous) ? previous : null,
        };
        var text = AssessmentText.For(lang);
        var title = $"{definition.Title.For(lang)} ({string.Format(CultureInfo.InvariantCulture, text.StepOf, step + 1, model.StepCount)})";
        if (!await pages.WriteInShellAsync<AssessmentForm>(context, ShellPath(lang, definition), title,
            new Dictionary<string, object?> { [nameof(AssessmentForm.Model)] = model }))
        {
            await pages.NotFoundAsync(context);
        }
    }
}
