namespace PmoPlaybook.Web.Security;

/// <summary>
/// Responses that carry one team's result (its page, its JSON and CSV, the API's copy, the answer to a
/// submission): whoever has the address can read it, so no cache keeps a copy and no search engine lists it,
/// even when the address is shared or leaks into a referrer.
/// </summary>
public static class PrivateResponse
{
    public static RouteHandlerBuilder Private(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers["X-Robots-Tag"] = "noindex, nofollow";
            return await next(context);
        });
}
