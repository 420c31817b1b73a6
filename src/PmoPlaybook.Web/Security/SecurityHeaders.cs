namespace PmoPlaybook.Web.Security;

/// <summary>Headers on every response: a strict CSP (no inline script anywhere in the theme), no sniffing, no framing.</summary>
public static class SecurityHeaders
{
    // style-src allows inline style attributes because Markdig writes table column alignment as style="text-align: …";
    // scripts stay 'self' only, which is what keeps injected markup inert ('wasm-unsafe-eval' lets the static
    // search index, Pagefind's WebAssembly, run; it allows no JavaScript eval).
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return next(context);
        });
}
