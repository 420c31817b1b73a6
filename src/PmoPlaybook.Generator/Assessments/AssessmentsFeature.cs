using PmoPlaybook.Assessments.Pages;
using PmoPlaybook.Generator.Pipeline;

namespace PmoPlaybook.Generator.Assessments;

/// <summary>
/// Self-assessments: each definition in content/assessments becomes a page per language, and what it
/// recommends must exist. Its pages are rendered by the pages feature; an edit to a definition reloads everything.
/// </summary>
public sealed class AssessmentsFeature() : BuildFeature(rules: [new RecommendationRule()], pageSources: [new AssessmentPageSource()]);
