namespace PmoPlaybook.Assessments.Responses;

/// <summary>What is wrong with a field, so a form can say it in its own language; the API sends <see cref="FieldProblem.Message"/>.</summary>
public enum ProblemKind
{
    /// <summary>Anything a form never produces (an unknown question, a wrong JSON type): the form shows a general message.</summary>
    Invalid,
    Required,
    TooLong,
    ControlCharacters,
    NotAnswered,
    NotADate,
    DateTooEarly,
    TooMany,
    NoneChosen,
    NotARole,
}

/// <param name="Message">The API's wording, naming the field ("'team' is required").</param>
/// <param name="Argument">What a form's message needs besides the field: the length limit, the earliest date, the most allowed.</param>
public sealed record FieldProblem(ProblemKind Kind, string Message, string? Argument = null);

/// <summary>Problems per field name ("team", "answers.risk-change-owners"), the shape of a problem+json "errors" member.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<FieldProblem>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    /// <summary>A problem a form has no words of its own for.</summary>
    public void Add(string field, string message) => Add(field, new FieldProblem(ProblemKind.Invalid, message));

    public void Add(string field, ProblemKind kind, string message, string? argument = null) => Add(field, new FieldProblem(kind, message, argument));

    public void Add(string field, FieldProblem problem)
    {
        if (!_errors.TryGetValue(field, out var problems))
        {
            _errors[field] = problems = [];
        }
        problems.Add(problem);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Every problem per field, in the order found, for a form to put into words.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldProblem>> Problems =>
        _errors.ToDictionary(e => e.Key, e => (IReadOnlyList<FieldProblem>)e.Value, StringComparer.Ordinal);

    /// <summary>Client input echoed in a message, cut to 60 characters so a hostile megabyte is not echoed whole.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>The API's messages per field (problem+json "errors").</summary>
    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.Select(p => p.Message).ToArray(), StringComparer.Ordinal);

    /// <summary>Checks a free-text field: present when required, not too long, no control characters.</summary>
    public string? Text(string field, string? value, int maxLength, bool required)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Add(field, ProblemKind.Required, $"'{field}' is required");
            }
            return null;
        }
        if (text.Length > maxLength)
        {
            Add(field, ProblemKind.TooLong, $"'{field}' is longer than {maxLength} characters", maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            Add(field, ProblemKind.ControlCharacters, $"'{field}' contains control characters");
            return null;
        }
        if (HasUnpairedSurrogate(text))
        {
            // JSON may escape half of a character ("\ud800"); it cannot be stored or normalised.
            Add(field, ProblemKind.ControlCharacters, $"'{field}' contains half of a Unicode character (an unpaired surrogate)");
            return null;
        }
        // One spelling per text: "Åland Öst" typed precomposed (NFC) or decomposed (NFD, as macOS file names and
        // some keyboards give it) is the same team.
        return text.Normalize(System.Text.NormalizationForm.FormC);
    }

    private static bool HasUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
