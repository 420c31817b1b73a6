using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Assessments.Pages;

/// <summary>Every page an assessment recommends exists, written, in every language (a stand-in is not enough).</summary>
public sealed class RecommendationRule : IContentRule
{
    /// <summary>
    /// Neither a file nor a written page. A file that is there but did not load (bad front matter) has an error
    /// of its own, the one to fix; reporting it again as missing would send the editor looking for the wrong cause.
    /// </summary>
    private static bool IsMissing(ContentSnapshot snapshot, string path) =>
        !snapshot.Files.Contains(path) && snapshot.Site.Find(path) is not { FallbackFor: null, IsGenerated: false };

    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot)
    {
        var languages = snapshot.Site.Config.Languages.Select(l => l.Code).ToArray();
        foreach (var definition in DefinitionReader.ReadAll(snapshot.ContentDirectory, languages).Definitions)
        {
            foreach (var recommendation in definition.Dimensions.SelectMany(d => d.Recommendations))
            {
                var missing = languages.Where(language => IsMissing(snapshot, $"{language}/{recommendation.Page}")).ToArray();
                if (missing.Length > 0)
                {
                    yield return Diagnostic.Error(definition.SourcePath, recommendation.Line, recommendation.Column, DiagnosticCodes.BrokenRecommendation,
                        $"recommended page '{recommendation.Page}' does not exist in {string.Join(", ", missing.Select(l => $"content/{l}/"))}");
                }
            }
        }
    }
}
