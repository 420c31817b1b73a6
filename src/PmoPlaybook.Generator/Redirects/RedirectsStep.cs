using System.Text;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Generator.Pipeline;
using PmoPlaybook.Generator.Rendering;

namespace PmoPlaybook.Generator.Redirects;

/// <summary>
/// Netlify's <c>_redirects</c> in the published site, made from content/site.yml at build time so the
/// rules follow the site's languages and app_url: "/" sends readers to their language, and with an app
/// the static host proxies /api/*, /assessments/* and /feedback to it (same origin, so the strict CSP's
/// <c>connect-src 'self'</c> and antiforgery cookies work unchanged). Other static hosts ignore the file;
/// the app does not serve it (it has no known file type).
/// </summary>
public sealed class RedirectsStep : IBuildStep
{
    public const string FileName = "_redirects";

    /// <summary>The app's routes the static host hands over when app_url is set (see docs/self-hosting.md).</summary>
    public static IReadOnlyList<string> ProxiedPrefixes { get; } = ["api", "assessments"];

    /// <summary>Single app routes outside those prefixes: the page feedback form at the end of every article posts to /feedback.</summary>
    public static IReadOnlyList<string> ProxiedPaths { get; } = ["feedback"];

    /// <summary>The rules come from site.yml alone, whose changes rebuild everything.</summary>
    public bool IsAffectedBy(SiteChange change) => false;

    public Task RunAsync(BuildContext context, CancellationToken cancellationToken) =>
        OutputFile.WriteTextAsync(Path.Combine(context.OutputDirectory, FileName), Rules(context.Site.Config));

    /// <summary>The file's text. First match wins, so the order below is the order Netlify tries them in.</summary>
    public static string Rules(SiteConfig config)
    {
        var text = new StringBuilder()
            .Append("# Written by `pmo build` from content/site.yml (RedirectsStep): change site.yml, not this file.\n")
            .Append("# \"/\" sends readers to their language (Accept-Language). Forced (!) because \"/\" has a file of its\n")
            .Append("# own: the language chooser, which is what readers whose language matches no rule get.\n");
        var root = config.Href("/");
        foreach (var language in config.Languages)
        {
            text.Append($"{root}  {config.Href($"/{language.Code}/")}  302!  Language={language.Code}\n");
        }

        if (config.AppUrl is null)
        {
            text.Append("# No app_url: nothing is proxied. Search uses the static (Pagefind) index; assessments need the app.\n");
            return text.ToString();
        }
        // 200 makes a rule a proxy: the address bar keeps the site's URL. Forced so that a static file can never
        // shadow the app. The search page is not proxied: the built /{lang}/search/ page asks /api/search itself,
        // so search stays up (on the static index) even while the app is down.
        text.Append("# The self-hosted app (app_url) answers these; 200 = proxy, the reader stays on this site.\n");
        foreach (var prefix in ProxiedPrefixes)
        {
            text.Append($"{config.Href($"/{prefix}/*")}  {config.AppUrl.TrimEnd('/')}/{prefix}/:splat  200!\n");
        }
        foreach (var path in ProxiedPaths)
        {
            text.Append($"{config.Href($"/{path}")}  {config.AppUrl.TrimEnd('/')}/{path}  200!\n");
        }
        return text.ToString();
    }
}
