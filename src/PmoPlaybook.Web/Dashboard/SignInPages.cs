using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PmoPlaybook.Theme.Assessments;
using PmoPlaybook.Theme.Dashboard;
using PmoPlaybook.Web.Assessments;
using PmoPlaybook.Web.Security;
using PmoPlaybook.Web.StaticSite;

namespace PmoPlaybook.Web.Dashboard;

/// <summary>
/// Signing in to the dashboard and out again. With OpenID Connect the sign-in page hands over to the
/// identity provider; with an access key it is a form whose key is compared, as a hash, in constant time.
/// </summary>
public static class SignInPages
{
    public static async Task FormAsync(HttpContext context, DashboardMode mode, AssessmentCatalog catalog, AppPages pages, IAntiforgery antiforgery)
    {
        var returnUrl = ReturnUrl(context, context.Request.Query[DashboardSetup.ReturnUrlParameter].FirstOrDefault());
        if (mode.SignIn == DashboardSignIn.OpenIdConnect)
        {
            await context.ChallengeAsync(DashboardSetup.OidcScheme, new AuthenticationProperties { RedirectUri = returnUrl });
            return;
        }
        await RenderAsync(context, pages, antiforgery, ReaderLanguage.Choose(context, catalog.Languages), returnUrl, wrongKey: false);
    }

    public static async Task PostAsync(
        IFormCollection form, HttpContext context, IOptions<DashboardOptions> options, AssessmentCatalog catalog, AppPages pages, IAntiforgery antiforgery,
        SubmissionGuard guard, SubmissionLimiter limiter, ILoggerFactory logs)
    {
        if (!guard.IsAllowedOrigin(context))
        {
            await SubmissionGuard.ForbiddenOrigin().ExecuteAsync(context);
            return;
        }
        // Every attempt counts against the client's submissions, which is what makes guessing the key slow.
        if (!limiter.TryAcquire(context))
        {
            await SubmissionLimiter.TooMany(context).ExecuteAsync(context);
            return;
        }
        var lang = form["lang"].FirstOrDefault() is { } l && catalog.Languages.Contains(l) ? l : catalog.Languages[0];
        var returnUrl = ReturnUrl(context, form[DashboardSetup.ReturnUrlParameter].FirstOrDefault());
        if (!AccessKey.Matches(form["key"].FirstOrDefault(), options.Value.AccessKeyHash ?? ""))
        {
            // Neither the key nor the hash is ever logged; the address is what an administrator can act on.
            logs.CreateLogger(typeof(SignInPages)).LogWarning("Dashboard sign-in with a wrong access key from {Address}", context.Connection.RemoteIpAddress);
            await RenderAsync(context, pages, antiforgery, lang, returnUrl, wrongKey: true);
            return;
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "PMO"), new Claim(DashboardSetup.SignInClaim, nameof(DashboardSignIn.AccessKey))],
            DashboardSetup.CookieScheme);
        await context.SignInAsync(DashboardSetup.CookieScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
        await LocalRedirect.SeeOther(context, returnUrl).ExecuteAsync(context);
    }

    /// <summary>Binding the form validates its antiforgery token, so another site cannot sign a reader out.</summary>
    public static async Task<IResult> SignOutAsync(IFormCollection form, HttpContext context, AssessmentCatalog catalog)
    {
        await context.SignOutAsync(DashboardSetup.CookieScheme);
        var lang = form["lang"].FirstOrDefault() is { } l && catalog.Languages.Contains(l) ? l : catalog.Languages[0];
        return LocalRedirect.SeeOther(context, $"{context.Request.PathBase}/{lang}/");
    }

    /// <summary>Where to go after signing in: a local address only (never another site), else the dashboard.</summary>
    internal static string ReturnUrl(HttpContext context, string? requested) =>
        LocalRedirect.IsLocal(requested) ? LocalRedirect.Ascii(requested!) : context.Request.PathBase + DashboardSetup.BasePath;

    private static async Task RenderAsync(HttpContext context, AppPages pages, IAntiforgery antiforgery, string lang, string returnUrl, bool wrongKey)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var model = new SignInModel(lang, context.Request.PathBase + DashboardSetup.SignInPath, new FormToken(tokens.FormFieldName, tokens.RequestToken ?? ""), returnUrl, wrongKey);
        var text = AssessmentText.For(lang);
        await DashboardPages.WriteAsync<SignInPage>(context, pages, lang, $"{text.Dashboard}: {text.SignIn}", nameof(SignInPage.Model), model,
            wrongKey ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK);
    }
}
