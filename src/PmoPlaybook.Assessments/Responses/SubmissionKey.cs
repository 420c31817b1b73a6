using System.Text.RegularExpressions;

namespace PmoPlaybook.Assessments.Responses;

/// <summary>
/// An idempotency key: a client's own random name for one submission (the Idempotency-Key header of the JSON
/// API, the hidden "submission" field of the form). Sending the same submission again with it, after a
/// connection cut before the answer, gives the first submission's result instead of a second one. It must be
/// hard to guess, because whoever has it can find the result: 16 to 128 letters, digits, '-' or '_' (a UUID
/// or 26 base32 characters fit).
/// </summary>
public static partial class SubmissionKey
{
    public const string Header = "Idempotency-Key";

    public const string FormField = "submission";

    [GeneratedRegex("^[A-Za-z0-9_-]{16,128}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? key) => key is not null && Pattern().IsMatch(key);

    /// <summary>A fresh key for a form the app renders.</summary>
    public static string New() => ResponseId.New();
}
