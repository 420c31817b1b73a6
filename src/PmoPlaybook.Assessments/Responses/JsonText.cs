using System.Text.Json;

namespace PmoPlaybook.Assessments.Responses;

/// <summary>Free text from a JSON body, shared by every submission reader.</summary>
public static class JsonText
{
    /// <summary>A JSON string as .NET text, or null with a problem naming the field when it cannot be text.</summary>
    public static string? Read(JsonElement value, string name, IDictionary<string, FieldProblem> problems)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // "\ud800" escapes half of a character (and raw bytes may not be UTF-8): System.Text.Json refuses to
            // make a string of it, which used to escape as a 500 with a stack trace per request.
            problems[name] = new FieldProblem(ProblemKind.ControlCharacters, $"'{name}' is not valid Unicode text (an unpaired surrogate or invalid UTF-8)");
            return null;
        }
    }
}
