using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Responses;
using PmoPlaybook.Assessments.Scoring;

namespace PmoPlaybook.Theme.Assessments;

/// <summary>Everything the result page shows: the response, its score, what to read next and the team's earlier results.</summary>
public sealed record AssessmentResultModel(
    AssessmentDefinition Definition,
    string Language,
    AssessmentResponse Response,
    AssessmentScore Score,
    IReadOnlyList<RecommendedArea> Recommendations,
    IReadOnlyList<AssessmentResponse> Trend,
    string JsonUrl,
    string CsvUrl,
    string RetakeUrl)
{
    public AssessmentText Text => AssessmentText.For(Language);
}

/// <summary>A weak dimension and the playbook pages that help with it.</summary>
public sealed record RecommendedArea(Dimension Dimension, double? Level, IReadOnlyList<PageLink> Pages);

public sealed record PageLink(string Title, string Url);
