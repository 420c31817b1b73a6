using PmoPlaybook.Web.Hosting;

namespace PmoPlaybook.Web.Security;

/// <summary>Section "Security": which other origins may post to the app (a static site on Netlify proxying to it).</summary>
public sealed class SubmissionSecurityOptions : ISettingsProblems
{
    public const string Section = "Security";

    /// <summary>Origins such as "https://playbook.example.org" allowed besides the app's own.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// An origin is what a browser sends in the Origin header: scheme, host and port, nothing else. A path, a
    /// typo'd scheme or a bare host name would never match a request and refuse every post from that site.
    /// </summary>
    public IEnumerable<string> Problems()
    {
        for (var i = 0; i < AllowedOrigins.Length; i++)
        {
            var origin = AllowedOrigins[i];
            if (!IsOrigin(origin))
            {
                yield return $"Security:AllowedOrigins:{i}: '{origin}' is not an origin: give scheme and host only, e.g. https://playbook.example.org (environment variable Security__AllowedOrigins__{i})";
            }
        }
    }

    private static bool IsOrigin(string? value) =>
        Uri.TryCreate(value?.TrimEnd('/'), UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.UserInfo.Length == 0
        && uri.AbsolutePath == "/"
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0
        && !value!.TrimEnd('/').EndsWith('?');
}
