namespace PmoPlaybook.Assessments.Responses;

/// <summary>Problems per field name ("team", "answers.risk-change-owners"), the shape of a problem+json "errors" member.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Client input echoed in a message, cut to 60 characters so a hostile megabyte is not echoed whole.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Checks a free-text field: present when required, not too long, no control characters.</summary>
    public string? Text(string field, string? value, int maxLength, bool required)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Add(field, $"'{field}' is required");
            }
            return null;
        }
        if (text.Length > maxLength)
        {
            Add(field, $"'{field}' is longer than {maxLength} characters");
            return null;
        }
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            Add(field, $"'{field}' contains control characters");
            return null;
        }
        return text;
    }
}
