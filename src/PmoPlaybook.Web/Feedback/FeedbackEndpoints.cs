using Microsoft.AspNetCore.Antiforgery;
using PmoPlaybook.Assessments.Feedback;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.Web.Security;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Feedback;

/// <summary>
/// "Was this page helpful?": the form at the end of every article (POST /feedback, with an antiforgery token
/// the page fetches from GET /api/feedback/token, since static HTML cannot carry one) and the same as JSON
/// (POST /api/feedback). Both pass the guards every public submission passes: allowed origin, rate limit,
/// a bounded body, the honeypot, and validation that names each bad field.
/// </summary>
public static class FeedbackEndpoints
{
    public const string FormPath = "/feedback";

    public static IServiceCollection AddPageFeedback(this IServiceCollection services) => services.AddSingleton<PageFeedbackStore>();

    public static WebApplication MapFeedback(this WebApplication app)
    {
        app.MapGet("/api/feedback/token", Token);
        app.MapPost("/api/feedback", SubmitJsonAsync);
        app.MapPost(FormPath, SubmitFormAsync);
        return app;
    }

    /// <summary>The form field and token for this browser (the matching cookie is set on the response).</summary>
    private static IResult Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new FeedbackToken(tokens.FormFieldName, tokens.RequestToken ?? ""));
    }

    /// <summary>Binding the form makes ASP.NET Core validate the antiforgery token before this runs (400 without it).</summary>
    private static async Task<IResult> SubmitFormAsync(
        IFormCollection form, HttpContext context, PageFeedbackStore store, AppPages pages, SubmissionGuard guard, SubmissionLimiter limiter, ILoggerFactory logs)
    {
        if (!guard.IsAllowedOrigin(context))
        {
            return SubmissionGuard.ForbiddenOrigin();
        }
        if (!limiter.TryAcquire(context))
        {
            return SubmissionLimiter.TooMany(context);
        }
        var input = FeedbackInput.FromForm(name => form[name].FirstOrDefault());
        if (!string.IsNullOrEmpty(form[SubmissionGuard.HoneypotField].FirstOrDefault()))
        {
            LogHoneypot(logs);
            return Done(context, FeedbackValidator.IsPagePath(input.Page) && pages.PageExists(input.Page!) ? input.Page! : "/");
        }
        var (valid, errors) = FeedbackValidator.Validate(input, pages.PageExists);
        if (valid is null)
        {
            return Results.ValidationProblem(errors.ToDictionary(), title: "Invalid page feedback");
        }
        await store.SubmitAsync(valid, context.RequestAborted);
        return Done(context, valid.Page);
    }

    private static async Task<IResult> SubmitJsonAsync(
        HttpContext context, PageFeedbackStore store, AppPages pages, SubmissionGuard guard, ILoggerFactory logs)
    {
        var (document, error) = await guard.AdmitJsonAsync(context);
        if (error is not null)
        {
            return error;
        }
        using (document)
        {
            var root = document!.RootElement;
            if (SubmissionGuard.FilledHoneypot(root))
            {
                LogHoneypot(logs);
                return Results.Json(new FeedbackCreated(ResponseId.New()), statusCode: StatusCodes.Status201Created);
            }
            var (valid, errors) = FeedbackValidator.Validate(FeedbackInput.FromJson(root), pages.PageExists);
            if (valid is null)
            {
                return Results.ValidationProblem(errors.ToDictionary(), title: "Invalid page feedback");
            }
            var entry = await store.SubmitAsync(valid, context.RequestAborted);
            return Results.Json(new FeedbackCreated(entry.Id), statusCode: StatusCodes.Status201Created);
        }
    }

    /// <summary>theme.js asks for JSON and gets 204; a plain form post goes back to its page, to the thanks.</summary>
    private static IResult Done(HttpContext context, string page) =>
        context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            ? Results.NoContent()
            : LocalRedirect.SeeOther(context, $"{context.Request.PathBase}{page}?feedback=thanks#feedback");

    // A bot filled in the hidden field: it is told "thanks", nothing is kept.
    private static void LogHoneypot(ILoggerFactory logs) =>
        logs.CreateLogger(typeof(FeedbackEndpoints)).LogInformation("Honeypot field filled on page feedback; dropped");

    private sealed record FeedbackToken(string Field, string Token);

    private sealed record FeedbackCreated(string Id);
}
