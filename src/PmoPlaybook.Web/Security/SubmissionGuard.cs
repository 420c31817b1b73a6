using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PmoPlaybook.Web.Security;

/// <summary>
/// Checks shared by every public submission: the request comes from an allowed origin, its body is small,
/// and the honeypot field bots fill in is empty (form-to-Git services were flooded with spam without these).
/// </summary>
public sealed class SubmissionGuard(IOptions<SubmissionSecurityOptions> options, SubmissionLimiter limiter)
{
    public const string HoneypotField = "website";
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Whether a JSON body filled in the honeypot field (a bot): the caller answers as if stored and keeps nothing.</summary>
    public static bool FilledHoneypot(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(HoneypotField, out var honeypot)
        && honeypot.ValueKind != JsonValueKind.Null && honeypot.ToString().Length > 0;

    /// <summary>
    /// What every JSON submission goes through before its own validation: an allowed origin, the client's
    /// rate limit, then a bounded JSON body. Either a parsed document (the caller disposes it) or the refusal.
    /// </summary>
    public async Task<(JsonDocument? Document, IResult? Refusal)> AdmitJsonAsync(HttpContext context)
    {
        if (!IsAllowedOrigin(context))
        {
            return (null, ForbiddenOrigin());
        }
        if (!limiter.TryAcquire(context))
        {
            return (null, SubmissionLimiter.TooMany(context));
        }
        return await ReadJsonAsync(context.Request);
    }

    /// <summary>A browser sends Origin on cross-site posts; when it does, it must be this app or an allowed origin.</summary>
    public bool IsAllowedOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.FirstOrDefault();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }
        var own = $"{context.Request.Scheme}://{context.Request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || options.Value.AllowedOrigins.Any(allowed => string.Equals(origin, allowed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }

    public static IResult ForbiddenOrigin() =>
        Results.Problem("This origin may not submit to the playbook app.", statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed");

    public static bool IsTooLarge(HttpRequest request) => request.ContentLength > MaxBodyBytes;

    public static IResult TooLarge() =>
        Results.Problem($"The body is larger than {MaxBodyBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");

    /// <summary>Reads a JSON body of at most <see cref="MaxBodyBytes"/>; null with an error result when it is not JSON or too large.</summary>
    public static async Task<(JsonDocument? Document, IResult? Error)> ReadJsonAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem("Send the body as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }
        if (IsTooLarge(request))
        {
            return (null, TooLarge());
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, TooLarge());
            }
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return (JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16 }), null);
        }
        catch (JsonException e)
        {
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { [""] = [$"the body is not valid JSON: {e.Message}"] }, title: "Invalid JSON"));
        }
    }
}
