using PmoPlaybook.Assessments.Definitions;

namespace PmoPlaybook.Assessments.Responses;

/// <summary>Checks a submission against its definition and names every bad field, so a client can fix all of them at once.</summary>
public static class ResponseValidator
{
    public const int MaxTeamLength = 80;
    public const int MaxRoleLength = 80;
    public const int MaxCommentLength = 2000;

    public static (ValidResponse? Response, FieldErrors Errors) Validate(AssessmentDefinition definition, ResponseInput input, IReadOnlyCollection<string> languages)
    {
        var errors = new FieldErrors();
        foreach (var (field, problem) in input.TypeErrors)
        {
            errors.Add(field, problem);
        }

        var team = errors.Has("team") ? null : errors.Text("team", input.Team, MaxTeamLength, required: true);
        var role = errors.Has("role") ? null : errors.Text("role", input.Role, MaxRoleLength, required: true);
        var comment = errors.Has("comment") ? null : errors.Text("comment", input.Comment, MaxCommentLength, required: false);
        var lang = input.Lang?.Trim();
        if (!errors.Has("lang") && (lang is null || !languages.Contains(lang)))
        {
            errors.Add("lang", $"'lang' must be one of: {string.Join(", ", languages)}");
        }

        if (!errors.Has(ResponseInputReader.PreviousField) && input.Previous is not null && !ResponseId.IsValid(input.Previous))
        {
            errors.Add(ResponseInputReader.PreviousField, "'previous' must be the id of the team's earlier result (26 characters a–z and 2–7), or left out");
        }

        var answers = new Dictionary<string, int?>(StringComparer.Ordinal);
        if (input.Answers is null)
        {
            if (!errors.Has("answers"))
            {
                errors.Add("answers", ProblemKind.Required, "'answers' is required: an object of question id → level (1–5, or 0 / null for don't know)");
            }
        }
        else
        {
            foreach (var (questionId, level) in input.Answers)
            {
                var field = $"answers.{questionId}";
                if (definition.FindQuestion(questionId) is null)
                {
                    errors.Add(field, $"'{FieldErrors.Shorten(questionId)}' is not a question of assessment '{definition.Id}'");
                }
                else if (level is < 0 or > 5)
                {
                    errors.Add(field, ProblemKind.NotAnswered, "a level is 1 to 5, or 0 / null for don't know");
                }
                else
                {
                    answers[questionId] = level is 0 ? null : level;
                }
            }
            foreach (var missing in definition.Questions.Where(q => !input.Answers.ContainsKey(q.Id) && !errors.Has($"answers.{q.Id}")))
            {
                errors.Add($"answers.{missing.Id}", ProblemKind.NotAnswered, "not answered (choose a level, or 0 / null for don't know)");
            }
        }

        return errors.IsEmpty
            ? (new ValidResponse(team!, role!, lang!, answers, comment) { Previous = input.Previous }, errors)
            : (null, errors);
    }
}

/// <summary>A submission that passed validation; answers hold every question (null = don't know).</summary>
public sealed record ValidResponse(string Team, string Role, string Lang, IReadOnlyDictionary<string, int?> Answers, string? Comment)
{
    /// <summary>A well-formed id of the team's earlier result; whether it exists is the store's to say.</summary>
    public string? Previous { get; init; }
}
