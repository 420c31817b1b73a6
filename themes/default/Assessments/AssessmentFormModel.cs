using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Theme.Assessments;

/// <summary>
/// One step of the assessment form: step 0 asks about the team, steps 1…n one dimension each. The fields
/// show what the draft holds, so a step looks the same after a reload or after Back.
/// </summary>
/// <param name="Problems">What is wrong on this step, per field (empty unless the step was checked).</param>
/// <param name="Resume">On the first step: an unfinished draft to continue; null when there is none.</param>
public sealed record AssessmentFormModel(
    AssessmentDefinition Definition,
    string Language,
    int Step,
    ResponseDraft Draft,
    IReadOnlyDictionary<string, IReadOnlyList<FieldProblem>> Problems,
    string Action,
    FormToken Antiforgery,
    ResumeOffer? Resume)
{
    /// <summary>The form's idempotency key (hidden field "submission"): a second post of the same answers leads to the first result.</summary>
    public string? Submission { get; init; }

    /// <summary>The team's earlier result this one continues (hidden field "previous"), when taken again from a result page.</summary>
    public string? Previous { get; init; }

    public FormSteps Steps { get; } = new(Definition);

    public int StepCount => Steps.Count;

    public bool IsLast => Step == Steps.Last;

    public Dimension? Dimension => Steps.DimensionOf(Step);

    public AssessmentText Text => AssessmentText.For(Language);

    /// <summary>The level chosen for a question, 0 for "don't know", null when unanswered.</summary>
    public int? Answer(string questionId) => Draft.Answers.TryGetValue(questionId, out var level) ? level : null;

    /// <summary>The field's problems in the form's language; empty when it has none.</summary>
    public IReadOnlyList<string> MessagesFor(string field) =>
        Problems.TryGetValue(field, out var problems) ? problems.Select(Text.Problem).ToArray() : [];
}

/// <summary>An unfinished assessment this browser holds: where it stopped, when, and how much is answered.</summary>
public sealed record ResumeOffer(string Url, DateTimeOffset UpdatedAt, int Answered, int Questions, int Step);

/// <summary>The antiforgery hidden field a form must carry.</summary>
public sealed record FormToken(string Name, string Value);
