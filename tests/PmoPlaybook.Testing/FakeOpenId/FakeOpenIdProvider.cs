using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PmoPlaybook.Testing.FakeOpenId;

/// <summary>
/// A minimal OpenID Connect provider on 127.0.0.1 (a free port) for the authorization code flow with PKCE:
/// a discovery document, its signing key (JWKS, an RSA key made for this run), an authorize endpoint that
/// signs <see cref="User"/> in at once (no login page) and a token endpoint that checks the client secret,
/// the redirect URI and the PKCE verifier before it issues an RS256-signed id_token.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _grants = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _authorizeRequests = new();
    private int _tokensIssued;

    private FakeOpenIdProvider(WebApplication app, string clientId, string clientSecret)
    {
        _app = app;
        ClientId = clientId;
        ClientSecret = clientSecret;
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = "fake-key-1" };
    }

    public string ClientId { get; }

    public string ClientSecret { get; }

    /// <summary>The issuer and authority: http://127.0.0.1:{port}, no trailing slash.</summary>
    public string Authority { get; private set; } = "";

    public RsaSecurityKey SigningKey { get; }

    /// <summary>Who the authorize endpoint signs in; change it between tests.</summary>
    public FakeUser User { get; set; } = new("pmo-lead", "Pat PMO", ["pmo"]);

    /// <summary>Query strings the authorize endpoint saw, oldest first.</summary>
    public IReadOnlyList<string> AuthorizeRequests => [.. _authorizeRequests];

    /// <summary>How many codes were exchanged for tokens.</summary>
    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    public static async Task<FakeOpenIdProvider> StartAsync(string clientId = "pmo-dashboard", string clientSecret = "fake-secret")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeOpenIdProvider(app, clientId, clientSecret);
        provider.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Authority = address.TrimEnd('/');
        return provider;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = Authority + "/authorize",
            ["token_endpoint"] = Authority + "/token",
            ["jwks_uri"] = Authority + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["response_modes_supported"] = new[] { "query" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["scopes_supported"] = new[] { "openid", "profile" },
        }));

        app.MapGet("/jwks", () =>
        {
            var key = _rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = SigningKey.KeyId, n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) },
                },
            });
        });

        // Signs User in straight away and sends the browser back with a code, as a provider does after its login page.
        app.MapGet("/authorize", (HttpContext context) =>
        {
            var query = context.Request.Query;
            _authorizeRequests.Enqueue(context.Request.QueryString.Value ?? "");
            if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
                || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["redirect_uri"]))
            {
                return Results.BadRequest("invalid_request");
            }
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _grants[code] = new Grant(query["redirect_uri"]!, query["code_challenge"]!, query["nonce"], User);
            var separator = query["redirect_uri"].ToString().Contains('?', StringComparison.Ordinal) ? '&' : '?';
            return Results.Redirect($"{query["redirect_uri"]}{separator}code={code}&state={Uri.EscapeDataString(query["state"].ToString())}");
        });

        app.MapPost("/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var (clientId, secret) = ClientCredentials(context.Request, form);
            if (clientId != ClientId || secret != ClientSecret)
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
            }
            if (form["grant_type"] != "authorization_code" || !_grants.TryRemove(form["code"].ToString(), out var grant)
                || form["redirect_uri"] != grant.RedirectUri || Challenge(form["code_verifier"].ToString()) != grant.CodeChallenge)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            }
            var accessToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            Interlocked.Increment(ref _tokensIssued);
            return Results.Json(new
            {
                access_token = accessToken,
                token_type = "Bearer",
                expires_in = 300,
                id_token = IdToken(grant, accessToken),
            });
        });
    }

    private string IdToken(Grant grant, string accessToken)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = grant.User.Subject,
            ["name"] = grant.User.Name,
            ["roles"] = grant.User.Roles.ToArray(),
            ["at_hash"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]),
        };
        if (grant.Nonce is { Length: > 0 } nonce)
        {
            claims["nonce"] = nonce;
        }
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>client_secret_post (what ASP.NET Core sends) or client_secret_basic.</summary>
    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }
        return (form["client_id"], form["client_secret"]);
    }

    private static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }

    private sealed record Grant(string RedirectUri, string CodeChallenge, string? Nonce, FakeUser User);
}

/// <summary>The person the fake provider signs in: its subject, display name and roles (the "roles" claim).</summary>
public sealed record FakeUser(string Subject, string Name, IReadOnlyList<string> Roles);
