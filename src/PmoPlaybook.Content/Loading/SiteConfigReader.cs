using System.Text.RegularExpressions;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoPlaybook.Content.Loading;

/// <summary>
/// Reads content/site.yml. A broken file is reported at its line and the defaults are used, so the rest
/// of the content can still be checked in the same run.
/// </summary>
public static partial class SiteConfigReader
{
    public const string FileName = "site.yml";

    private static readonly HashSet<string> KnownKeys = ["title", "base_url", "languages", "default_language", "repository", "app_url", "branding"];

    private static readonly Dictionary<string, (string Name, string Culture)> WellKnownLanguages = new()
    {
        ["en"] = ("English", "en-GB"),
        ["sv"] = ("Svenska", "sv-SE"),
    };

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]+)?$")]
    private static partial Regex LanguageCode();

    public static (SiteConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Read(string contentDirectory)
    {
        var file = Path.Combine(contentDirectory, FileName);
        if (!File.Exists(file))
        {
            return (SiteConfig.Default, [Diagnostic.Warning(FileName, 1, 1, DiagnosticCodes.InvalidSiteConfig, "no site.yml: using the defaults (English and Swedish, title 'PMO Playbook')")]);
        }
        return Parse(File.ReadAllText(file));
    }

    public static (SiteConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        YamlMappingNode root;
        try
        {
            var stream = YamlText.Parse(yaml);
            root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode ?? throw new YamlException("site.yml must be a set of `key: value` lines");
        }
        catch (YamlException e)
        {
            var message = (e.InnerException ?? e).Message;
            var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
            return (SiteConfig.Default, [Diagnostic.Error(FileName, (int)e.Start.Line, (int)e.Start.Column, DiagnosticCodes.InvalidSiteConfig,
                "invalid site.yml: " + (marker >= 0 ? message[(marker + 3)..] : message))]);
        }

        void Error(YamlNode node, string message) =>
            diagnostics.Add(Diagnostic.Error(FileName, (int)node.Start.Line, (int)node.Start.Column, DiagnosticCodes.InvalidSiteConfig, message));

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(k => !KnownKeys.Contains(k.Value ?? "")))
        {
            diagnostics.Add(Diagnostic.Warning(FileName, (int)key.Start.Line, (int)key.Start.Column, DiagnosticCodes.InvalidSiteConfig, $"unknown setting '{key.Value}'"));
        }

        var defaults = SiteConfig.Default;
        var languages = ReadLanguages(Child(root, "languages"), Error) ?? [.. defaults.Languages];
        if (Text(root, "default_language") is { } defaultCode)
        {
            var preferred = languages.FirstOrDefault(l => l.Code == defaultCode);
            if (preferred is null)
            {
                Error(Child(root, "default_language")!, $"default_language '{defaultCode}' is not one of the languages");
            }
            else
            {
                languages.Remove(preferred);
                languages.Insert(0, preferred);
            }
        }

        var baseUrl = Text(root, "base_url") ?? defaults.BaseUrl;
        if (!IsHttpUrl(baseUrl))
        {
            Error(Child(root, "base_url")!, $"base_url '{baseUrl}' must be an absolute http(s) URL");
            baseUrl = defaults.BaseUrl;
        }

        // app_url becomes proxy rules in the published _redirects and the target of the site's search box, so a
        // value Netlify cannot proxy to (a relative path, a typo without a scheme) is an error here, not a dead proxy.
        var appUrl = Text(root, "app_url");
        if (appUrl is not null && !IsHttpUrl(appUrl))
        {
            Error(Child(root, "app_url")!, $"app_url '{appUrl}' must be an absolute http(s) URL such as https://app.example.org (or left empty when there is no app)");
            appUrl = null;
        }

        var repository = Child(root, "repository") is YamlMappingNode repo && Text(repo, "url") is { Length: > 0 } url
            ? new RepositoryInfo(url.TrimEnd('/'), Text(repo, "branch") ?? "main")
            : null;
        var branding = Child(root, "branding") as YamlMappingNode;
        var config = new SiteConfig(
            Text(root, "title") ?? defaults.Title,
            baseUrl,
            languages,
            repository,
            appUrl?.TrimEnd('/'),
            new Branding(branding is null ? null : Text(branding, "logo"), branding is null ? null : Text(branding, "accent_color")));
        return (config.WithBaseUrl(baseUrl), diagnostics);
    }

    /// <summary>Either <c>[en, sv]</c> or a list of <c>{code, name, culture}</c>.</summary>
    private static List<SiteLanguage>? ReadLanguages(YamlNode? node, Action<YamlNode, string> error)
    {
        if (node is null)
        {
            return null;
        }
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            error(node, "languages must be a list, e.g. [en, sv]");
            return null;
        }
        var languages = new List<SiteLanguage>();
        foreach (var item in sequence.Children)
        {
            var code = item switch
            {
                YamlScalarNode scalar => scalar.Value,
                YamlMappingNode mapping => Text(mapping, "code"),
                _ => null,
            };
            if (code is null || !LanguageCode().IsMatch(code))
            {
                error(item, $"language code '{code}' must be lowercase letters such as 'en' or 'sv'");
                continue;
            }
            var known = WellKnownLanguages.GetValueOrDefault(code, (code, code));
            var mapped = item as YamlMappingNode;
            languages.Add(new SiteLanguage(
                code,
                (mapped is null ? null : Text(mapped, "name")) ?? known.Item1,
                (mapped is null ? null : Text(mapped, "culture")) ?? known.Item2));
        }
        return languages.Count == 0 ? null : languages;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Text(YamlMappingNode mapping, string key) =>
        Child(mapping, key) is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;
}
