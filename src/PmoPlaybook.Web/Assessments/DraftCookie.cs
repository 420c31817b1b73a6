using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Web.Assessments;

/// <summary>
/// Keeps a leader's unfinished answers between the steps of the form (post/redirect/get) in a cookie the
/// app protects (Data Protection: encrypted and signed, so it can be neither read nor forged), scoped to the
/// assessment's path and forgotten after <see cref="Lifetime"/>. Nothing is kept on the server, so any
/// instance behind a load balancer can serve the next step. Long comments are split over several cookies.
/// </summary>
public sealed class DraftCookie(IDataProtectionProvider protection, TimeProvider clock, ILogger<DraftCookie> logger)
{
    /// <summary>How long an unfinished assessment is kept after its last step: long enough to come back the next day, short on a shared computer.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(48);

    private static readonly ChunkingCookieManager Cookies = new();
    private readonly IDataProtector _protector = protection.CreateProtector("PmoPlaybook.Assessments.Draft.v1");

    public static string NameFor(string assessmentId) => $"pmo-draft-{assessmentId}";

    /// <summary>The draft for this assessment, or null when there is none, it expired, or it cannot be read (tampered, old key).</summary>
    public ResponseDraft? Read(HttpContext context, AssessmentDefinition definition)
    {
        if (Cookies.GetRequestCookie(context, NameFor(definition.Id)) is not { Length: > 0 } value)
        {
            return null;
        }
        try
        {
            var json = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(value)));
            var draft = JsonSerializer.Deserialize<ResponseDraft>(json, JsonSerializerOptions.Web);
            return draft is not null && clock.GetUtcNow() - draft.UpdatedAt <= Lifetime ? draft : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            logger.LogInformation("Unreadable assessment draft cookie ignored ({Error})", e.GetType().Name);
            return null;
        }
    }

    public void Write(HttpContext context, AssessmentDefinition definition, ResponseDraft draft)
    {
        var value = WebEncoders.Base64UrlEncode(_protector.Protect(JsonSerializer.SerializeToUtf8Bytes(draft, JsonSerializerOptions.Web)));
        Cookies.AppendResponseCookie(context, NameFor(definition.Id), value, Options(context, definition));
    }

    public void Clear(HttpContext context, AssessmentDefinition definition) =>
        Cookies.DeleteCookie(context, NameFor(definition.Id), Options(context, definition));

    private static CookieOptions Options(HttpContext context, AssessmentDefinition definition) => new()
    {
        Path = $"{context.Request.PathBase}/assessments/{definition.Id}",
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        MaxAge = Lifetime,
        IsEssential = true,
    };
}
