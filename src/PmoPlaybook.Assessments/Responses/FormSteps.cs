using PmoPlaybook.Assessments.Definitions;

namespace PmoPlaybook.Assessments.Responses;

/// <summary>
/// How the assessment form is split into steps: step 0 asks about the team, steps 1…n one dimension each,
/// and the comment rides on the last. Which fields belong to which step decides where a problem is shown.
/// </summary>
public sealed class FormSteps(AssessmentDefinition definition)
{
    public int Count => definition.Dimensions.Count + 1;

    public int Last => Count - 1;

    /// <summary>The dimension a step asks about; null for the first step (about the team).</summary>
    public Dimension? DimensionOf(int step) => step == 0 ? null : definition.Dimensions[step - 1];

    public int Clamp(int step) => Math.Clamp(step, 0, Last);

    /// <summary>The fields a step shows, named as validation names them ("team", "answers.{questionId}", "comment").</summary>
    public IReadOnlySet<string> FieldsOf(int step)
    {
        var fields = DimensionOf(step) is { } dimension
            ? dimension.Questions.Select(q => "answers." + q.Id).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal) { "team", "role", "lang" };
        if (step == Last)
        {
            fields.Add("comment");
        }
        return fields;
    }

    /// <summary>The problems that belong on one step.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldProblem>> ProblemsOn(int step, FieldErrors errors)
    {
        var fields = FieldsOf(step);
        return errors.Problems.Where(e => fields.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    /// <summary>The first step with a problem, or null when there is none.</summary>
    public int? FirstWithProblems(FieldErrors errors) =>
        Enumerable.Range(0, Count).Select(step => (int?)step).FirstOrDefault(step => ProblemsOn(step!.Value, errors).Count > 0);
}
