using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Assessments.Pages;

/// <summary>Every page an assessment recommends exists, written, in every language (a stand-in is not enough).</summary>
public sealed class RecommendationRule : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot)
    {
        var languages = snapshot.Site.Config.Languages.Select(l => l.Code).ToArray();
        foreach (var definition in DefinitionReader.ReadAll(snapshot.ContentDirectory, languages).Definitions)
        {
            foreach (var recommendation in definition.Dimensions.SelectMany(d => d.Recommendations))
            {
                var missing = languages.Where(language => snapshot.Site.Find($"{language}/{recommendation.Page}") is not { FallbackFor: null, IsGenerated: false }).ToArray();
                if (missing.Length > 0)
                {
                    yield return Diagnostic.Error(definition.SourcePath, recommendation.Line, recommendation.Column, DiagnosticCodes.BrokenRecommendation,
                        $"recommended page '{recommendation.Page}' does not exist in {string.Join(", ", missing.Select(l => $"content/{l}/"))}");
                }
            }
        }
    }
}
