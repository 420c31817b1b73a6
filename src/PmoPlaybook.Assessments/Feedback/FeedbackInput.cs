using System.Text.Json;
using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Assessments.Feedback;

/// <summary>
/// Page feedback as it arrived (a form post or a JSON body), before validation. <see cref="TypeErrors"/>
/// holds fields whose JSON value had the wrong type, so they are reported with the other problems.
/// </summary>
public sealed record FeedbackInput(string? Page, string? Helpful, string? Comment)
{
    public IReadOnlyDictionary<string, FieldProblem> TypeErrors { get; init; } = new Dictionary<string, FieldProblem>();

    /// <summary>Form fields page, helpful and comment.</summary>
    public static FeedbackInput FromForm(Func<string, string?> field) => new(field("page"), field("helpful"), field("comment"));

    /// <summary>JSON <c>{"page","helpful","comment"}</c>; helpful is "yes"/"no" or true/false.</summary>
    public static FeedbackInput FromJson(JsonElement root)
    {
        var typeErrors = new Dictionary<string, FieldProblem>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object)
        {
            typeErrors[""] = new FieldProblem(ProblemKind.Invalid, "the body must be a JSON object: {\"page\",\"helpful\",\"comment\"}");
            return new FeedbackInput(null, null, null) { TypeErrors = typeErrors };
        }

        string? String(string name)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return JsonText.Read(value, name, typeErrors);
                case JsonValueKind.True or JsonValueKind.False when name == "helpful":
                    return FeedbackEntry.Answer(value.GetBoolean());
                default:
                    typeErrors[name] = new FieldProblem(ProblemKind.Invalid, name == "helpful" ? "'helpful' must be \"yes\" or \"no\" (or true / false)" : $"'{name}' must be a string");
                    return null;
            }
        }

        return new FeedbackInput(String("page"), String("helpful"), String("comment")) { TypeErrors = typeErrors };
    }
}
