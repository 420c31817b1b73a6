namespace PmoPlaybook.Web.Security;

/// <summary>
/// Redirects after a form post that can only stay on this site: a return address from a form or query
/// string is followed only when it is a local path, so the app never becomes an open redirect.
/// </summary>
public static class LocalRedirect
{
    /// <summary>"/x" but not "//host", "/\host" or "http://…" (browsers read the first two as another host too).</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>303 See Other: the browser follows with a GET, so reloading the next page never posts again.</summary>
    public static IResult SeeOther(HttpContext context, string localUrl)
    {
        context.Response.Headers.Location = IsLocal(localUrl) ? Ascii(localUrl) : context.Request.PathBase + "/";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>
    /// The address with every non-ASCII character percent-encoded as UTF-8 ("/ö" → "/%C3%B6"), as browsers send
    /// it: Kestrel refuses a Location header with other characters, which made such a return address a 500.
    /// </summary>
    public static string Ascii(string url)
    {
        if (url.All(char.IsAscii))
        {
            return url;
        }
        var builder = new System.Text.StringBuilder(url.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                builder.Append((char)rune.Value);
                continue;
            }
            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }
}
