using Microsoft.Extensions.Options;

namespace PmoPlaybook.ResultStore;

/// <summary>
/// Checks the "Results" settings at start-up, so a missing token or a typo in the store name stops the app
/// with a message naming the setting (and its environment variable) instead of failing on the first submission.
/// </summary>
public sealed class ResultsOptionsValidator : IValidateOptions<ResultsOptions>
{
    public ValidateOptionsResult Validate(string? name, ResultsOptions options)
    {
        var errors = new List<string>();
        var store = options.Store?.Trim().ToLowerInvariant();
        if (store is not (ResultsOptions.GitStore or ResultsOptions.GitHubStore))
        {
            errors.Add($"Results:Store must be 'git' or 'github', not '{options.Store}' (environment variable Results__Store).");
        }
        Require(errors, options.RepositoryPath, "RepositoryPath");
        Require(errors, options.OutboxPath, "OutboxPath");
        Require(errors, options.CommitterName, "CommitterName");
        Require(errors, options.CommitterEmail, "CommitterEmail");
        if (!string.IsNullOrWhiteSpace(options.RepositoryPath) && !string.IsNullOrWhiteSpace(options.OutboxPath)
            && string.Equals(Path.GetFullPath(options.RepositoryPath), Path.GetFullPath(options.OutboxPath), StringComparison.Ordinal))
        {
            errors.Add("Results:RepositoryPath and Results:OutboxPath must be different folders.");
        }
        if (options.RetryBaseDelay <= TimeSpan.Zero)
        {
            errors.Add("Results:RetryBaseDelay must be positive (e.g. 00:00:01).");
        }
        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            errors.Add("Results:RetryMaxDelay must be at least Results:RetryBaseDelay.");
        }
        if (store == ResultsOptions.GitHubStore)
        {
            ValidateGitHub(errors, options.GitHub);
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateGitHub(List<string> errors, GitHubResultsOptions github)
    {
        const string Why = "when Results:Store is 'github'";
        if (string.IsNullOrWhiteSpace(github.Owner))
        {
            errors.Add($"Results:GitHub:Owner is required {Why} (environment variable Results__GitHub__Owner).");
        }
        else if (!IsGitHubName(github.Owner))
        {
            errors.Add($"Results:GitHub:Owner '{github.Owner}' is not a GitHub account name.");
        }
        if (string.IsNullOrWhiteSpace(github.Repository))
        {
            errors.Add($"Results:GitHub:Repository is required {Why} (environment variable Results__GitHub__Repository).");
        }
        else if (!IsGitHubName(github.Repository))
        {
            errors.Add($"Results:GitHub:Repository '{github.Repository}' is not a repository name.");
        }
        if (string.IsNullOrWhiteSpace(github.Token))
        {
            // Never echo the value: only say that it is missing.
            errors.Add($"Results:GitHub:Token is required {Why} (environment variable Results__GitHub__Token).");
        }
        if (string.IsNullOrWhiteSpace(github.Branch))
        {
            errors.Add("Results:GitHub:Branch must not be empty (environment variable Results__GitHub__Branch).");
        }
        if (!string.IsNullOrWhiteSpace(github.BaseUrl)
            && !(Uri.TryCreate(github.BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add($"Results:GitHub:BaseUrl must be an absolute http(s) URL, not '{github.BaseUrl}' (environment variable Results__GitHub__BaseUrl).");
        }
        if (github.RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add("Results:GitHub:RequestTimeout must be positive.");
        }
    }

    private static void Require(List<string> errors, string? value, string setting)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"Results:{setting} must not be empty (environment variable Results__{setting}).");
        }
    }

    private static bool IsGitHubName(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
