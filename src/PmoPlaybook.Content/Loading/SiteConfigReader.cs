using System.Text.RegularExpressions;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PmoPlaybook.Content.Loading;

/// <summary>Reads content/site.yml. A broken file is reported and the defaults are used, so the rest can still be checked.</summary>
public static partial class SiteConfigReader
{
    public const string FileName = "site.yml";

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]+)?$")]
    private static partial Regex LanguageCode();

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

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
        SiteYaml? raw;
        try
        {
            raw = Deserializer.Deserialize<SiteYaml?>(yaml);
        }
        catch (YamlException e)
        {
            var message = (e.InnerException ?? e).Message;
            var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
            return (SiteConfig.Default, [Diagnostic.Error(FileName, (int)e.Start.Line, (int)e.Start.Column, DiagnosticCodes.InvalidSiteConfig,
                "invalid site.yml: " + (marker >= 0 ? message[(marker + 3)..] : message))]);
        }
        raw ??= new SiteYaml();

        var diagnostics = new List<Diagnostic>();
        var defaults = SiteConfig.Default;
        var languages = raw.Languages?.Select(l => new SiteLanguage(l.Code ?? "", l.Name ?? l.Code ?? "", l.Culture ?? l.Code ?? "")).ToList()
            ?? [.. defaults.Languages];
        foreach (var language in languages.Where(l => !LanguageCode().IsMatch(l.Code)))
        {
            diagnostics.Add(Diagnostic.Error(FileName, 1, 1, DiagnosticCodes.InvalidSiteConfig, $"language code '{language.Code}' must be lowercase letters such as 'en' or 'sv'"));
        }
        if (languages.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(FileName, 1, 1, DiagnosticCodes.InvalidSiteConfig, "site.yml must list at least one language"));
            languages = [.. defaults.Languages];
        }

        var baseUrl = raw.BaseUrl ?? defaults.BaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            diagnostics.Add(Diagnostic.Error(FileName, 1, 1, DiagnosticCodes.InvalidSiteConfig, $"base_url '{baseUrl}' must be an absolute http(s) URL"));
            baseUrl = defaults.BaseUrl;
        }

        var repository = raw.Repository?.Url is { Length: > 0 } url ? new RepositoryInfo(url.TrimEnd('/'), raw.Repository.Branch ?? "main") : null;
        var config = new SiteConfig(
            raw.Title ?? defaults.Title,
            baseUrl,
            languages,
            repository,
            string.IsNullOrWhiteSpace(raw.AppUrl) ? null : raw.AppUrl,
            new Branding(raw.Branding?.Logo, raw.Branding?.AccentColor)).WithBaseUrl(baseUrl);
        return (config, diagnostics);
    }

    private sealed class SiteYaml
    {
        public string? Title { get; set; }
        public string? BaseUrl { get; set; }
        public List<LanguageYaml>? Languages { get; set; }
        public RepositoryYaml? Repository { get; set; }
        public string? AppUrl { get; set; }
        public BrandingYaml? Branding { get; set; }
    }

    private sealed class LanguageYaml
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Culture { get; set; }
    }

    private sealed class RepositoryYaml
    {
        public string? Url { get; set; }
        public string? Branch { get; set; }
    }

    private sealed class BrandingYaml
    {
        public string? Logo { get; set; }
        public string? AccentColor { get; set; }
    }
}
