using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Markdown;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Assessments.Pages;

/// <summary>
/// Makes each assessment definition a page of the playbook in every language (/en/assessments/{id}/):
/// what it measures, how long it takes, and the button into the app. The page is written as Markdown and
/// parsed like any other, so it gets navigation, a table of contents, search and link checks unchanged.
/// </summary>
public sealed class AssessmentPageSource : IPageSource
{
    public bool Reads(string contentPath) => contentPath.StartsWith(DefinitionReader.Folder + "/", StringComparison.Ordinal);

    public PageSourceResult Load(string contentDirectory, SiteConfig config)
    {
        var languages = config.Languages.Select(l => l.Code).ToArray();
        var set = DefinitionReader.ReadAll(contentDirectory, languages);
        var parser = new PageParser(config);
        var pages = new List<Page>();
        var diagnostics = new List<Content.Validation.Diagnostic>(set.Diagnostics);
        foreach (var definition in set.Definitions)
        {
            foreach (var language in languages)
            {
                var result = parser.Parse(PagePath(language, definition.Id), Markdown(definition, language, StartUrl(config, definition.Id, language)));
                // A generated page's problems are the definition's: report them against its file.
                diagnostics.AddRange(result.Diagnostics.Select(d => d with { Path = definition.SourcePath, Line = 1, Column = 1 }));
                if (result.Page is not null)
                {
                    pages.Add(result.Page);
                }
            }
        }
        return new PageSourceResult(pages, diagnostics);
    }

    public static ContentPath PagePath(string language, string assessmentId) => ContentPath.Parse($"{language}/{DefinitionReader.Folder}/{assessmentId}.md");

    /// <summary>The app's form: on the app's own host when site.yml names one, else on this site's host.</summary>
    public static string StartUrl(SiteConfig config, string assessmentId, string language)
    {
        var path = $"assessments/{assessmentId}?lang={language}";
        return string.IsNullOrWhiteSpace(config.AppUrl) ? config.Href(path) : config.AppUrl.TrimEnd('/') + "/" + path;
    }

    internal static string Markdown(AssessmentDefinition definition, string language, string startUrl)
    {
        var text = AssessmentPageText.For(language);
        var culture = CultureInfo.InvariantCulture;
        var questions = definition.Questions.Count();
        var markdown = new StringBuilder()
            .AppendLine("---")
            .AppendLine(culture, $"title: {Quote(definition.Title.For(language))}")
            .AppendLine("type: assessment")
            .AppendLine(culture, $"summary: {Quote(definition.Summary.For(language))}")
            .AppendLine("---")
            .AppendLine(definition.Intro.For(language))
            .AppendLine()
            .AppendLine(culture, $"<p class=\"assessment-start\"><a class=\"button\" href=\"{WebUtility.HtmlEncode(startUrl)}\">{text.Start}</a> <span>{string.Format(culture, text.Facts, questions, definition.Dimensions.Count, definition.ReadingMinutes(language))}</span></p>")
            .AppendLine()
            .AppendLine(culture, $"## {text.WhatItMeasures}")
            .AppendLine();
        foreach (var dimension in definition.Dimensions)
        {
            var description = dimension.Description.For(language);
            markdown.AppendLine(culture, $"- **{dimension.Title.For(language)}**{(description.Length > 0 ? ": " + description : "")}");
        }
        markdown.AppendLine().AppendLine(culture, $"## {text.Levels}").AppendLine();
        foreach (var level in definition.Scale)
        {
            var description = level.Description.For(language);
            markdown.AppendLine(culture, $"{level.Value}. **{level.Name.For(language)}**{(description.Length > 0 ? ": " + description : "")}");
        }
        return markdown
            .AppendLine()
            .AppendLine(culture, $"## {text.HowItWorks}")
            .AppendLine()
            .AppendLine(text.HowItWorksText)
            .AppendLine()
            .AppendLine(culture, $"<p class=\"assessment-static-note\">{text.StaticNote}</p>")
            .ToString();
    }

    // A JSON string is also a valid double-quoted YAML scalar, whatever the title contains.
    private static string Quote(string value) => JsonSerializer.Serialize(value);
}
