using System.Net;
using Microsoft.Extensions.Options;
using Octokit;

namespace PmoPlaybook.ResultStore.Outbox;

/// <summary>
/// Turns a failed commit into one line for logs and the health check: exception type, HTTP status and message,
/// nothing else. Octokit exceptions carry the request and response, and an Authorization header must never
/// reach a log, so the exception object itself is never logged; the configured token is also masked in the
/// line, in case a message ever quotes it.
/// </summary>
public sealed class FailureDescription(IOptions<ResultsOptions> options)
{
    private const int MaxLength = 500;

    public string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception switch
        {
            ApiException api => Status(api.StatusCode),
            HttpRequestException { StatusCode: { } code } => Status(code),
            _ => "",
        };
        var line = $"{exception.GetType().Name}{status}: {exception.Message}".ReplaceLineEndings(" ");
        return Redact(line.Length > MaxLength ? line[..MaxLength] + "…" : line);
    }

    public string Redact(string text)
    {
        var token = options.Value.GitHub.Token;
        return string.IsNullOrEmpty(token) ? text : text.Replace(token, "***", StringComparison.Ordinal);
    }

    private static string Status(HttpStatusCode code) => $" ({(int)code} {code})";
}
