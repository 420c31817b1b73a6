using PmoPlaybook.Assessments.Definitions;

namespace PmoPlaybook.Theme.Assessments;

/// <summary>
/// One step of the assessment form: step 0 asks about the team, steps 1…n one dimension each. Answers
/// given on other steps travel as hidden fields, so the form works as plain posts without JavaScript.
/// </summary>
public sealed record AssessmentFormModel(
    AssessmentDefinition Definition,
    string Language,
    int Step,
    string? Team,
    string? Role,
    string? Comment,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, string[]> Errors,
    string Action,
    FormToken Antiforgery)
{
    /// <summary>The form's idempotency key (hidden field "submission"): a second post of the same answers leads to the first result.</summary>
    public string? Submission { get; init; }

    public int StepCount => Definition.Dimensions.Count + 1;

    public bool IsLast => Step == StepCount - 1;

    public Dimension? Dimension => Step == 0 ? null : Definition.Dimensions[Step - 1];

    public AssessmentText Text => AssessmentText.For(Language);

    /// <summary>Answers that belong to other steps than this one.</summary>
    public IEnumerable<KeyValuePair<string, string>> CarriedAnswers =>
        Answers.Where(a => Dimension is null || Dimension.Questions.All(q => q.Id != a.Key));
}

/// <summary>The antiforgery hidden field a form must carry.</summary>
public sealed record FormToken(string Name, string Value);
