using System.Text.Json;

namespace PmoPlaybook.Assessments.Responses;

/// <summary>
/// Turns a JSON body or a form post into a <see cref="ResponseInput"/>, recording a type error per field
/// instead of throwing, so the client hears about "team must be a string" next to "answers.x is unknown".
/// </summary>
public static class ResponseInputReader
{
    /// <summary>The form field prefix of an answer: <c>answer.{questionId}</c>.</summary>
    public const string AnswerPrefix = "answer.";

    /// <summary>The field (JSON and form) naming the team's earlier result this one continues.</summary>
    public const string PreviousField = "previous";

    public static ResponseInput FromJson(JsonElement root)
    {
        var typeErrors = new Dictionary<string, FieldProblem>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object)
        {
            typeErrors[""] = new FieldProblem(ProblemKind.Invalid, "the body must be a JSON object: {\"team\",\"role\",\"lang\",\"answers\",\"comment\"}");
            return new ResponseInput(null, null, null, null, null) { TypeErrors = typeErrors };
        }

        string? String(string name)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (value.ValueKind == JsonValueKind.String)
            {
                return JsonText.Read(value, name, typeErrors);
            }
            typeErrors[name] = new FieldProblem(ProblemKind.Invalid, $"'{name}' must be a string");
            return null;
        }

        Dictionary<string, int?>? answers = null;
        if (root.TryGetProperty("answers", out var answersElement) && answersElement.ValueKind != JsonValueKind.Null)
        {
            if (answersElement.ValueKind != JsonValueKind.Object)
            {
                typeErrors["answers"] = new FieldProblem(ProblemKind.Invalid, "'answers' must be an object of question id → level");
            }
            else
            {
                answers = new Dictionary<string, int?>(StringComparer.Ordinal);
                foreach (var answer in answersElement.EnumerateObject())
                {
                    if (answer.Value.ValueKind == JsonValueKind.Null)
                    {
                        answers[answer.Name] = null;
                    }
                    else if (answer.Value.ValueKind == JsonValueKind.Number && answer.Value.TryGetInt32(out var level))
                    {
                        answers[answer.Name] = level;
                    }
                    else
                    {
                        typeErrors[$"answers.{answer.Name}"] = new FieldProblem(ProblemKind.NotAnswered, "a level must be a whole number (1–5, or 0 / null for don't know)");
                    }
                }
            }
        }

        return new ResponseInput(String("team"), String("role"), String("lang"), answers, String("comment")) { TypeErrors = typeErrors, Previous = String(PreviousField) };
    }

    /// <summary>Form fields: team, role, lang, comment and one <c>answer.{questionId}</c> per question ("0" = don't know).</summary>
    public static ResponseInput FromForm(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        var typeErrors = new Dictionary<string, FieldProblem>(StringComparer.Ordinal);
        var answers = new Dictionary<string, int?>(StringComparer.Ordinal);
        string? team = null, role = null, lang = null, comment = null, previous = null;
        foreach (var (name, value) in fields)
        {
            switch (name)
            {
                case "team": team = value; break;
                case "role": role = value; break;
                case "lang": lang = value; break;
                case "comment": comment = value; break;
                case PreviousField: previous = string.IsNullOrEmpty(value) ? null : value; break;
                default:
                    if (name.StartsWith(AnswerPrefix, StringComparison.Ordinal) && !string.IsNullOrEmpty(value))
                    {
                        var questionId = name[AnswerPrefix.Length..];
                        if (int.TryParse(value, out var level))
                        {
                            answers[questionId] = level;
                        }
                        else
                        {
                            typeErrors[$"answers.{questionId}"] = new FieldProblem(ProblemKind.NotAnswered, "a level must be a whole number (1–5, or 0 for don't know)");
                        }
                    }
                    break;
            }
        }
        return new ResponseInput(team, role, lang, answers, comment) { TypeErrors = typeErrors, Previous = previous };
    }
}
