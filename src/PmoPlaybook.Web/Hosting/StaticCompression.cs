using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace PmoPlaybook.Web.Hosting;

/// <summary>
/// Compresses the site's text assets (CSS, JavaScript, SVG, XML, Markdown downloads) for clients that accept
/// it, so a server without a compressing proxy in front still sends Pagefind's script and the theme small.
/// Never HTML or JSON: those can carry a secret (an antiforgery token, a result's unguessable address) next to
/// text the reader typed, which is what BREACH-style attacks on compressed HTTPS responses need. Pagefind's
/// index files are compressed already.
/// </summary>
public static class StaticCompression
{
    public static readonly IReadOnlyList<string> MimeTypes =
    [
        "text/css", "text/javascript", "application/javascript", "image/svg+xml", "text/xml", "application/xml",
        "application/atom+xml", "text/markdown",
    ];

    public static IServiceCollection AddStaticCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = MimeTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // Compressed per request (nothing is cached), so the fastest level: most of the gain at a fraction of the CPU.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
