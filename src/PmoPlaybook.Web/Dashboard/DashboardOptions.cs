using PmoPlaybook.Web.Hosting;

namespace PmoPlaybook.Web.Dashboard;

/// <summary>
/// Section "Dashboard": how PMO staff sign in to the dashboard. OpenID Connect when an authority and a
/// client id are set; otherwise an access key, of which only the SHA-256 hash is configured; with neither,
/// the dashboard is off (404), so a fresh install never shows every team's results to anyone.
/// </summary>
public sealed class DashboardOptions : ISettingsProblems
{
    public const string Section = "Dashboard";

    /// <summary>Lowercase hex SHA-256 of the access key: <c>printf %s "$KEY" | sha256sum</c> (or <c>pmo dashboard-key</c>).</summary>
    public string? AccessKeyHash { get; set; }

    public OidcOptions Oidc { get; set; } = new();

    public DashboardSignIn SignIn =>
        !string.IsNullOrWhiteSpace(Oidc.Authority) || !string.IsNullOrWhiteSpace(Oidc.ClientId) ? DashboardSignIn.OpenIdConnect
        : !string.IsNullOrWhiteSpace(AccessKeyHash) ? DashboardSignIn.AccessKey
        : DashboardSignIn.Off;

    /// <summary>What is wrong, one message per setting; never the configured values (the hash and secret stay out of logs).</summary>
    public IEnumerable<string> Problems()
    {
        if (SignIn == DashboardSignIn.OpenIdConnect)
        {
            if (!Uri.TryCreate(Oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            {
                yield return "Dashboard:Oidc:Authority must be the identity provider's absolute https address (it is set together with Dashboard:Oidc:ClientId)";
            }
            else if (authority.Scheme == "http" && !authority.IsLoopback)
            {
                yield return "Dashboard:Oidc:Authority must use https (plain http is accepted only for a provider on this machine, in development)";
            }
            if (string.IsNullOrWhiteSpace(Oidc.ClientId))
            {
                yield return "Dashboard:Oidc:ClientId is missing (it is set together with Dashboard:Oidc:Authority)";
            }
        }
        else if (SignIn == DashboardSignIn.AccessKey && !AccessKey.IsHash(AccessKeyHash))
        {
            yield return "Dashboard:AccessKeyHash must be the SHA-256 of the key as 64 hex digits: printf %s \"$KEY\" | sha256sum";
        }
    }
}

/// <summary>Section "Dashboard:Oidc".</summary>
public sealed class OidcOptions
{
    /// <summary>The identity provider, e.g. https://login.microsoftonline.com/{tenant}/v2.0 (its discovery document is read from there).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>A secret: from the environment or a secret store, never appsettings.json in the repository.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>When set, only users whose token carries this value in <see cref="RoleClaim"/> may open the dashboard.</summary>
    public string? RequiredRole { get; set; }

    /// <summary>The claim that lists a user's roles ("roles" in Microsoft Entra ID; "groups" with some providers).</summary>
    public string RoleClaim { get; set; } = "roles";
}

public enum DashboardSignIn
{
    Off,
    AccessKey,
    OpenIdConnect,
}
