using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PmoPlaybook.Web.Hosting;

namespace PmoPlaybook.Web.Dashboard;

/// <summary>
/// The dashboard's sign-in: a short-lived cookie, issued after OpenID Connect (when Dashboard:Oidc is set)
/// or after the access key (when only Dashboard:AccessKeyHash is set). Which handlers exist is decided
/// once at start-up from configuration; with neither setting there is no sign-in and no dashboard.
/// </summary>
public static class DashboardSetup
{
    public const string CookieScheme = "pmo-dashboard";
    public const string OidcScheme = "pmo-dashboard-oidc";
    public const string Policy = "pmo-dashboard";

    /// <summary>Claim on the dashboard cookie naming how its holder signed in, so a cookie from one sign-in method is not accepted after a switch to the other.</summary>
    public const string SignInClaim = "pmo:sign-in";

    public const string BasePath = "/assessments/dashboard";
    public const string SignInPath = BasePath + "/sign-in";
    public const string SignOutPath = BasePath + "/sign-out";
    public const string FeedbackPath = BasePath + "/feedback";
    public const string CallbackPath = BasePath + "/signin-oidc";
    public const string ReturnUrlParameter = "returnUrl";

    /// <summary>Long enough for a review meeting; a stolen cookie is of little use for long.</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromHours(1);

    /// <summary>Call after the host's own configuration is added: the settings decide which handlers are registered.</summary>
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DashboardOptions.Section);
        builder.Services.AddCheckedSettings<DashboardOptions>(DashboardOptions.Section);
        var settings = section.Get<DashboardOptions>() ?? new DashboardOptions();
        var signIn = settings.SignIn;
        builder.Services.AddSingleton(new DashboardMode(signIn));

        var authentication = builder.Services.AddAuthentication(o =>
        {
            if (signIn != DashboardSignIn.Off)
            {
                o.DefaultScheme = CookieScheme;
                o.DefaultChallengeScheme = signIn == DashboardSignIn.OpenIdConnect ? OidcScheme : CookieScheme;
                o.DefaultForbidScheme = CookieScheme;
            }
        });
        builder.Services.AddAuthorization(o => o.AddPolicy(Policy, policy =>
        {
            policy.RequireAuthenticatedUser().RequireClaim(SignInClaim, signIn.ToString());
            if (signIn == DashboardSignIn.OpenIdConnect && !string.IsNullOrWhiteSpace(settings.Oidc.RequiredRole))
            {
                policy.RequireClaim(settings.Oidc.RoleClaim, settings.Oidc.RequiredRole);
            }
        }));
        if (signIn == DashboardSignIn.Off)
        {
            return builder;
        }

        authentication.AddCookie(CookieScheme, o =>
        {
            o.Cookie.Name = "pmo-dashboard";
            // Sent only to the dashboard: readers of the playbook (and its feedback form) never carry it.
            o.Cookie.Path = BasePath;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over https, which behind the reverse proxy the forwarded scheme
            // tells; only plain-http development and tests on 127.0.0.1 get a cookie without it.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = CookieLifetime;
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.LogoutPath = SignOutPath;
            o.ReturnUrlParameter = ReturnUrlParameter;
            o.Events.OnRedirectToLogin = context =>
            {
                // A path, not the absolute URL ASP.NET builds from the Host header: behind a static host's proxy that
                // host is the app's own, and the reader must stay on the site's address. The language comes along.
                var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
                var lang = context.Request.Query["lang"].FirstOrDefault();
                context.Response.Redirect(lang is { Length: > 0 and <= 5 } && lang.All(char.IsAsciiLetterLower) ? target + "&lang=" + lang : target);
                return Task.CompletedTask;
            };
            // Signed in but without the required role: say so, rather than send them to sign in again.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        if (signIn == DashboardSignIn.OpenIdConnect)
        {
            authentication.AddOpenIdConnect(OidcScheme, o => ConfigureOidc(o, settings.Oidc));
        }
        return builder;
    }

    private static void ConfigureOidc(OpenIdConnectOptions o, OidcOptions settings)
    {
        o.SignInScheme = CookieScheme;
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = string.IsNullOrWhiteSpace(settings.ClientSecret) ? null : settings.ClientSecret;
        // Authorization code flow with PKCE; the code comes back in the query string of a top-level GET, so the
        // correlation and nonce cookies can be SameSite=Lax (form_post would need SameSite=None).
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.CallbackPath = CallbackPath;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // Options validation already refused plain http except for a provider on this machine.
        o.RequireHttpsMetadata = Uri.TryCreate(settings.Authority, UriKind.Absolute, out var authority) && !authority.IsLoopback;
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.SaveTokens = false;
        o.DisableTelemetry = true;
        o.TokenValidationParameters.NameClaimType = "name";
        o.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
        o.Events.OnTokenValidated = context =>
        {
            context.Principal?.Identities.First().AddClaim(new Claim(SignInClaim, nameof(DashboardSignIn.OpenIdConnect)));
            return Task.CompletedTask;
        };
        o.Events.OnRemoteFailure = context =>
        {
            // A refused or broken sign-in is the reader's problem to retry, not a server error; the details go to the log.
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardSetup))
                .LogWarning(context.Failure, "Dashboard sign-in with OpenID Connect failed");
            context.HandleResponse();
            return Results.Problem("Signing in did not succeed. Try again, or ask the PMO whether your account may open the dashboard.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed").ExecuteAsync(context.HttpContext);
        };
    }
}

/// <summary>How the dashboard is reached in this run of the app (decided from configuration at start-up).</summary>
public sealed record DashboardMode(DashboardSignIn SignIn);
