using System.Text.RegularExpressions;
using PmoPlaybook.Assessments.Responses;

namespace PmoPlaybook.Assessments.Feedback;

/// <summary>
/// Checks page feedback and names every bad field. The page must look like one of the site's clean URLs
/// before the caller is even asked whether it exists, so a hostile value never reaches the file system.
/// </summary>
public static partial class FeedbackValidator
{
    public const string Yes = "yes";
    public const string No = "no";
    public const int MaxCommentLength = 1000;
    public const int MaxPageLength = 200;

    /// <summary>A clean URL path as the generator writes them: "/en/roles/pace-keeper/" (lowercase segments, trailing slash).</summary>
    [GeneratedRegex("^/([a-z0-9][a-z0-9_-]*/)+$")]
    private static partial Regex PagePath();

    public static bool IsPagePath(string? page) => page is { Length: <= MaxPageLength } && PagePath().IsMatch(page);

    /// <param name="pageExists">Whether a path that passed the shape check is a page of the built site.</param>
    public static (ValidFeedback? Feedback, FieldErrors Errors) Validate(FeedbackInput input, Func<string, bool> pageExists)
    {
        var errors = new FieldErrors();
        foreach (var (field, problem) in input.TypeErrors)
        {
            errors.Add(field, problem);
        }

        var page = input.Page?.Trim();
        if (!errors.Has("page"))
        {
            if (string.IsNullOrEmpty(page))
            {
                errors.Add("page", "'page' is required: the URL path of the page, such as /en/roles/pace-keeper/");
            }
            else if (!IsPagePath(page))
            {
                errors.Add("page", "'page' must be a page's URL path, such as /en/roles/pace-keeper/");
            }
            else if (!pageExists(page))
            {
                errors.Add("page", "'page' is not a page of this site");
            }
        }

        var helpful = input.Helpful?.Trim().ToLowerInvariant();
        if (!errors.Has("helpful") && helpful is not (Yes or No))
        {
            errors.Add("helpful", $"'helpful' must be \"{Yes}\" or \"{No}\"");
        }

        var comment = errors.Has("comment") ? null : errors.Text("comment", input.Comment, MaxCommentLength, required: false);

        return errors.IsEmpty
            ? (new ValidFeedback(page!, helpful == Yes, comment), errors)
            : (null, errors);
    }
}

/// <summary>Feedback that passed validation.</summary>
public sealed record ValidFeedback(string Page, bool Helpful, string? Comment);
