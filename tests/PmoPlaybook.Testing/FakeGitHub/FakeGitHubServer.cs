using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PmoPlaybook.Testing.FakeGitHub;

/// <summary>
/// A minimal GitHub REST API on 127.0.0.1 (a free port), serving under /api/v3/ exactly the calls Octokit makes
/// for committing results: contents (GET, PUT), refs (GET, POST) and pulls (GET, POST). State is in memory;
/// the Authorization header is checked against <see cref="Token"/>; <see cref="FailNext"/> injects failures.
/// Point Octokit at <see cref="BaseUrl"/>: with a custom base address it adds /api/v3/ itself.
/// </summary>
public sealed class FakeGitHubServer : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly WebApplication _app;
    private readonly FakeGitHubState _state;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly Lock _failureGate = new();
    private int _failuresLeft;
    private int _failureStatus;
    private int _unauthorized;
    private int _stallsLeft;
    private TimeSpan _stall;

    private FakeGitHubServer(WebApplication app, FakeGitHubState state, string owner, string repository, string token, string defaultBranch)
    {
        _app = app;
        _state = state;
        Owner = owner;
        Repository = repository;
        Token = token;
        DefaultBranch = defaultBranch;
    }

    public string Owner { get; }

    public string Repository { get; }

    public string Token { get; }

    public string DefaultBranch { get; }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every commit made through the API, oldest first.</summary>
    public IReadOnlyList<FakeCommit> Commits => _state.Commits;

    public IReadOnlyList<FakePullRequest> PullRequests => _state.PullRequests;

    /// <summary>Branch name → head commit sha.</summary>
    public IReadOnlyDictionary<string, string> Branches => _state.Branches;

    /// <summary>Requests seen, as "METHOD /path?query", oldest first.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>How many requests were refused for a wrong or missing token.</summary>
    public int UnauthorizedResponses => Volatile.Read(ref _unauthorized);

    public static async Task<FakeGitHubServer> StartAsync(string owner = "pmo", string repository = "results", string token = "fake-token", string defaultBranch = "main")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var state = new FakeGitHubState(defaultBranch);
        var server = new FakeGitHubServer(app, state, owner, repository, token, defaultBranch);
        server.Configure(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next <paramref name="count"/> requests get <paramref name="status"/> (e.g. 500, 502) instead of an answer.</summary>
    public void FailNext(int count, int status)
    {
        lock (_failureGate)
        {
            _failuresLeft = count;
            _failureStatus = status;
        }
    }

    /// <summary>The next <paramref name="count"/> requests get no answer for <paramref name="delay"/>: a client timeout.</summary>
    public void StallNext(int count, TimeSpan delay)
    {
        lock (_failureGate)
        {
            _stallsLeft = count;
            _stall = delay;
        }
    }

    public string? ReadFile(string branch, string path) => _state.TryGetFile(branch, path, out var content) ? content : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private TimeSpan TakeStall()
    {
        lock (_failureGate)
        {
            if (_stallsLeft <= 0)
            {
                return TimeSpan.Zero;
            }
            _stallsLeft--;
            return _stall;
        }
    }

    private bool TakeFailure(out int status)
    {
        lock (_failureGate)
        {
            status = _failureStatus;
            if (_failuresLeft <= 0)
            {
                return false;
            }
            _failuresLeft--;
            return true;
        }
    }

    private void Configure(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            _requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            if (TakeStall() is { } stall && stall > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(stall, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // The client gave up, as intended.
                }
            }
            if (TakeFailure(out var status))
            {
                await Results.Json(new { Message = "Injected failure" }, Json, statusCode: status).ExecuteAsync(context);
                return;
            }
            if (!IsAuthorized(context.Request.Headers.Authorization.ToString()))
            {
                Interlocked.Increment(ref _unauthorized);
                await Results.Json(new { Message = "Bad credentials", DocumentationUrl = "https://docs.github.com/rest" }, Json, statusCode: 401).ExecuteAsync(context);
                return;
            }
            await next(context);
        });

        var repo = app.MapGroup("/api/v3/repos/{owner}/{repo}");
        repo.AddEndpointFilter(async (context, next) =>
        {
            var values = context.HttpContext.Request.RouteValues;
            return (string?)values["owner"] == Owner && (string?)values["repo"] == Repository
                ? await next(context)
                : NotFound();
        });
        repo.MapGet("/contents/{**path}", (string path, string? @ref, HttpRequest request) => GetContent(Unescape(path), @ref ?? DefaultBranch, request));
        repo.MapPut("/contents/{**path}", async (string path, HttpRequest request) => PutContent(Unescape(path), await ReadBodyAsync(request), request));
        repo.MapGet("/git/refs/{**name}", (string name, HttpRequest request) => GetRef(Unescape(name), request));
        repo.MapGet("/git/ref/{**name}", (string name, HttpRequest request) => GetRef(Unescape(name), request));
        repo.MapPost("/git/refs", async (HttpRequest request) => CreateRef(await ReadBodyAsync(request), request));
        repo.MapGet("/pulls", (string? head, string? @base, string? state, HttpRequest request) => ListPulls(head, @base, state, request));
        repo.MapPost("/pulls", async (HttpRequest request) => CreatePull(await ReadBodyAsync(request), request));
        app.MapFallback(() => NotFound());
    }

    private bool IsAuthorized(string header)
    {
        // Octokit sends "token …"; GitHub also accepts "Bearer …".
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }
        var scheme = header[..space];
        var value = header[(space + 1)..].Trim();
        return (scheme.Equals("token", StringComparison.OrdinalIgnoreCase) || scheme.Equals("bearer", StringComparison.OrdinalIgnoreCase))
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(value), Encoding.UTF8.GetBytes(Token));
    }

    private IResult GetContent(string path, string branch, HttpRequest request)
    {
        if (_state.BranchHead(branch) is null)
        {
            return NotFound($"No commit found for the ref {branch}");
        }
        return _state.TryGetFile(branch, path, out var content)
            ? Results.Json(ContentInfo(path, content, request, withContent: true), Json)
            : NotFound();
    }

    private IResult PutContent(string path, JsonElement body, HttpRequest request)
    {
        var message = Text(body, "message");
        var encoded = Text(body, "content");
        var branch = Text(body, "branch") ?? DefaultBranch;
        var sha = Text(body, "sha");
        if (message is null || encoded is null)
        {
            return Invalid("message and content are required");
        }
        string content;
        try
        {
            content = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return Invalid("content is not valid Base64");
        }
        if (_state.BranchHead(branch) is null)
        {
            return NotFound($"Branch {branch} not found");
        }
        var exists = _state.TryGetFile(branch, path, out var existing);
        if (exists && sha is null)
        {
            return Invalid("Invalid request.\n\n\"sha\" wasn't supplied.");
        }
        if (exists && sha != BlobSha(existing))
        {
            return Results.Json(new { Message = $"{path} does not match {sha}" }, Json, statusCode: 409);
        }
        var commit = _state.PutFile(branch, path, content, message)!;
        var changeSet = new
        {
            Content = ContentInfo(path, content, request, withContent: false),
            Commit = new
            {
                commit.Sha,
                NodeId = "C_" + commit.Sha[..12],
                Url = Api(request, $"git/commits/{commit.Sha}"),
                HtmlUrl = $"{Origin(request)}/{Owner}/{Repository}/commit/{commit.Sha}",
                commit.Message,
                Author = new { Name = "PmoPlaybook", Email = "pmoplaybook@localhost", Date = DateTimeOffset.UtcNow },
                Committer = new { Name = "PmoPlaybook", Email = "pmoplaybook@localhost", Date = DateTimeOffset.UtcNow },
                Tree = new { Sha = commit.Sha, Url = Api(request, $"git/trees/{commit.Sha}") },
                Parents = Array.Empty<object>(),
            },
        };
        return Results.Json(changeSet, Json, statusCode: exists ? 200 : 201);
    }

    private IResult GetRef(string name, HttpRequest request)
    {
        // Like GitHub: the exact ref as an object, else the refs it is a prefix of as an array, else 404.
        var full = "refs/" + name;
        var matches = _state.BranchesStartingWith(full);
        var exact = matches.Where(m => "refs/heads/" + m.Branch == full).ToList();
        if (exact.Count == 1)
        {
            return Results.Json(Reference(exact[0].Branch, exact[0].Sha, request), Json);
        }
        return matches.Count > 0
            ? Results.Json(matches.Where(m => ("refs/heads/" + m.Branch).StartsWith(full + "/", StringComparison.Ordinal)).Select(m => Reference(m.Branch, m.Sha, request)), Json)
            : NotFound();
    }

    private IResult CreateRef(JsonElement body, HttpRequest request)
    {
        var name = Text(body, "ref");
        var sha = Text(body, "sha");
        if (name is null || sha is null || !name.StartsWith("refs/heads/", StringComparison.Ordinal))
        {
            return Invalid("ref must be refs/heads/… and sha is required");
        }
        var branch = name["refs/heads/".Length..];
        if (_state.BranchHead(branch) is not null)
        {
            return Invalid("Reference already exists");
        }
        return _state.CreateBranch(branch, sha)
            ? Results.Json(Reference(branch, sha, request), Json, statusCode: 201)
            : Invalid("Object does not exist");
    }

    private IResult ListPulls(string? head, string? @base, string? state, HttpRequest request)
    {
        // head is "owner:branch", as Octokit sends it.
        var headBranch = head is null ? null : head.Contains(':', StringComparison.Ordinal) ? head[(head.IndexOf(':', StringComparison.Ordinal) + 1)..] : head;
        var pulls = _state.PullRequests
            .Where(p => headBranch is null || p.Head == headBranch)
            .Where(p => @base is null || p.Base == @base)
            .Where(p => state is "all" || (state is "closed" ? !p.Open : p.Open))
            .Select(p => PullRequest(p, request));
        return Results.Json(pulls, Json);
    }

    private IResult CreatePull(JsonElement body, HttpRequest request)
    {
        var title = Text(body, "title");
        var head = Text(body, "head");
        var @base = Text(body, "base");
        if (title is null || head is null || @base is null)
        {
            return Invalid("title, head and base are required");
        }
        if (_state.BranchHead(head) is null || _state.BranchHead(@base) is null)
        {
            return Invalid($"head {head} or base {@base} does not exist");
        }
        var pull = _state.OpenPullRequest(title, head, @base, Text(body, "body") ?? "");
        return pull is null
            ? Invalid($"A pull request already exists for {Owner}:{head}.")
            : Results.Json(PullRequest(pull, request), Json, statusCode: 201);
    }

    private object ContentInfo(string path, string content, HttpRequest request, bool withContent)
    {
        var sha = BlobSha(content);
        var name = path[(path.LastIndexOf('/') + 1)..];
        var url = Api(request, $"contents/{path}");
        var info = new Dictionary<string, object?>
        {
            ["type"] = "file",
            ["name"] = name,
            ["path"] = path,
            ["sha"] = sha,
            ["size"] = Encoding.UTF8.GetByteCount(content),
            ["url"] = url,
            ["html_url"] = $"{Origin(request)}/{Owner}/{Repository}/blob/{path}",
            ["git_url"] = Api(request, $"git/blobs/{sha}"),
            ["download_url"] = $"{Origin(request)}/raw/{Owner}/{Repository}/{path}",
        };
        if (withContent)
        {
            info["encoding"] = "base64";
            info["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(content));
        }
        return info;
    }

    private object Reference(string branch, string sha, HttpRequest request) => new
    {
        Ref = "refs/heads/" + branch,
        NodeId = "REF_" + sha[..12],
        Url = Api(request, $"git/refs/heads/{branch}"),
        Object = new { Type = "commit", Sha = sha, Url = Api(request, $"git/commits/{sha}") },
    };

    private object PullRequest(FakePullRequest pull, HttpRequest request) => new
    {
        Id = pull.Number,
        NodeId = "PR_" + pull.Number,
        pull.Number,
        State = pull.Open ? "open" : "closed",
        pull.Title,
        pull.Body,
        Url = Api(request, $"pulls/{pull.Number}"),
        HtmlUrl = $"{Origin(request)}/{Owner}/{Repository}/pull/{pull.Number}",
        Head = new { Label = $"{Owner}:{pull.Head}", Ref = pull.Head, Sha = _state.BranchHead(pull.Head) ?? "" },
        Base = new { Label = $"{Owner}:{pull.Base}", Ref = pull.Base, Sha = _state.BranchHead(pull.Base) ?? "" },
        User = new { Login = Owner, Id = 1 },
        Draft = false,
        Merged = false,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private static IResult NotFound(string message = "Not Found") =>
        Results.Json(new { Message = message, DocumentationUrl = "https://docs.github.com/rest" }, Json, statusCode: 404);

    private static IResult Invalid(string message) =>
        Results.Json(new { Message = message, DocumentationUrl = "https://docs.github.com/rest" }, Json, statusCode: 422);

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        using var document = await JsonDocument.ParseAsync(request.Body);
        return document.RootElement.Clone();
    }

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Unescape(string value) => Uri.UnescapeDataString(value);

    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private string Api(HttpRequest request, string rest) => $"{Origin(request)}/api/v3/repos/{Owner}/{Repository}/{rest}";

    /// <summary>Git's blob id, as GitHub reports a file's sha.</summary>
    public static string BlobSha(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var header = Encoding.ASCII.GetBytes($"blob {bytes.Length}\0");
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. bytes]));
    }
}
