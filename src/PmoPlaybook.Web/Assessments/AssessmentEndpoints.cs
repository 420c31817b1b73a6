using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.Web.Security;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Assessments;

/// <summary>
/// The assessment API (/api/assessments: definitions and JSON responses) and the no-JavaScript form and
/// result pages (/assessments/{id}). Both go through the same validation and the same durable outbox.
/// </summary>
public static class AssessmentEndpoints
{
    public static WebApplication MapAssessments(this WebApplication app)
    {
        var api = app.MapGroup("/api/assessments");
        api.MapGet("", (AssessmentCatalog catalog) =>
            Results.Json(catalog.All.SelectMany(d => catalog.Languages.Select(lang => new AssessmentSummary(d.Id, d.Title.For(lang), lang)))));
        api.MapGet("/{id}", GetDefinition);
        api.MapPost("/{id}/responses", SubmitJsonAsync).Private();
        api.MapGet("/{id}/responses/{responseId}", async (string id, string responseId, AssessmentResults results, CancellationToken cancellationToken) =>
            await results.FindAsync(id, responseId, cancellationToken) is { } response
                ? Results.Text(response.ToJson(), "application/json; charset=utf-8")
                : Results.Problem($"No response '{FieldErrors.Shorten(responseId)}' to assessment '{FieldErrors.Shorten(id)}'.", statusCode: StatusCodes.Status404NotFound))
            .Private();

        var pages = app.MapGroup("/assessments");
        pages.MapGet("/{id}", AssessmentPages.FormAsync);
        pages.MapGet("/{id}/steps/{number:int}", AssessmentPages.StepAsync);
        pages.MapPost("/{id}", AssessmentPages.PostAsync);
        pages.MapGet("/{id}/results/{responseId}", AssessmentPages.ResultAsync).Private();
        pages.MapGet("/{id}/results/{responseId}/result.json", async (string id, string responseId, AssessmentResults results, CancellationToken cancellationToken) =>
            await results.FindAsync(id, responseId, cancellationToken) is { } response
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(response.ToJson()), "application/json; charset=utf-8", $"{id}-{response.SubmittedAt:yyyy-MM-dd}.json")
                : Results.NotFound())
            .Private();
        pages.MapGet("/{id}/results/{responseId}/result.csv", async (string id, string responseId, AssessmentResults results, AssessmentCatalog catalog, CancellationToken cancellationToken) =>
            await results.FindAsync(id, responseId, cancellationToken) is { } response && catalog.Find(id) is { } definition
                ? Results.File(ResultCsv.Write(definition, response), "text/csv; charset=utf-8", $"{id}-{response.SubmittedAt:yyyy-MM-dd}.csv")
                : Results.NotFound())
            .Private();
        return app;
    }

    private static IResult GetDefinition(string id, string? lang, AssessmentCatalog catalog)
    {
        if (catalog.Find(id) is not { } definition)
        {
            return Results.Problem($"No assessment '{FieldErrors.Shorten(id)}'.", statusCode: StatusCodes.Status404NotFound);
        }
        if (lang is not null && !catalog.Languages.Contains(lang))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["lang"] = [$"'lang' must be one of: {string.Join(", ", catalog.Languages)}"] });
        }
        return Results.Json(DefinitionJson.For(definition, lang ?? catalog.Languages[0]));
    }

    private static async Task<IResult> SubmitJsonAsync(
        string id, HttpContext context, AssessmentCatalog catalog, AssessmentResults results, SubmissionGuard guard, ILoggerFactory logs)
    {
        if (catalog.Find(id) is not { } definition)
        {
            return Results.Problem($"No assessment '{FieldErrors.Shorten(id)}'.", statusCode: StatusCodes.Status404NotFound);
        }
        var (document, refusal) = await guard.AdmitJsonAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }
        using (document)
        {
            if (SubmissionGuard.FilledHoneypot(document!.RootElement))
            {
                // A bot filled in the hidden field: answer as if stored (an address that leads nowhere), keep nothing.
                logs.CreateLogger(typeof(AssessmentEndpoints)).LogInformation("Honeypot field filled on assessment {Assessment} (API); submission dropped", definition.Id);
                var decoy = ResponseId.New();
                var nowhere = $"{context.Request.PathBase}/assessments/{definition.Id}/results/{decoy}";
                return Results.Created(nowhere, new SubmittedResponse(decoy, nowhere, new Dictionary<string, double?>(), null));
            }
            var (valid, errors) = ResponseValidator.Validate(definition, ResponseInputReader.FromJson(document.RootElement), catalog.Languages);
            var key = context.Request.Headers[SubmissionKey.Header].FirstOrDefault();
            if (key is not null && !SubmissionKey.IsValid(key))
            {
                errors.Add(SubmissionKey.Header, "the Idempotency-Key header must be 16 to 128 letters, digits, '-' or '_' (a UUID will do)");
            }
            if (valid is null || !errors.IsEmpty)
            {
                return Results.ValidationProblem(errors.ToDictionary(), title: "Invalid assessment response");
            }
            var submission = await results.SubmitAsync(definition, valid, key, context.RequestAborted);
            switch (submission.Outcome)
            {
                case SubmissionOutcome.KeyReused:
                    return Results.Problem("This Idempotency-Key was already used for a response with other answers; send a new key for a new response.",
                        statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key reused");
                case SubmissionOutcome.UnknownPrevious:
                    return Results.ValidationProblem(
                        new Dictionary<string, string[]> { [ResponseInputReader.PreviousField] = [$"no earlier result '{valid.Previous}' of assessment '{definition.Id}'"] },
                        title: "Invalid assessment response");
            }
            var response = submission.Response!;
            var url = AssessmentPages.ResultUrl(context, response);
            if (submission.Outcome == SubmissionOutcome.Replayed)
            {
                // The answer the first attempt would have had: the client's retry after a cut connection.
                context.Response.Headers["Idempotent-Replayed"] = "true";
            }
            return Results.Created(url, new SubmittedResponse(response.Id, url, response.Scores, response.Overall));
        }
    }

    private sealed record AssessmentSummary(string Id, string Title, string Lang);

    private sealed record SubmittedResponse(string Id, string Url, IReadOnlyDictionary<string, double?> Scores, double? Overall);
}
