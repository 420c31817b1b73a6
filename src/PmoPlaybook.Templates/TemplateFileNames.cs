using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Templates;

/// <summary>The download file name of a template, such as <c>risk-register-v2.1.xlsx</c>.</summary>
public static class TemplateFileNames
{
    // Besides '/' these are rejected because the file may be saved on Windows by whoever downloads it.
    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>A title as a file name ("Slutrapport och överlämning" → "slutrapport-och-overlamning"): see <see cref="UrlSlug"/>.</summary>
    public static string Slug(string title) => UrlSlug.From(title);

    public static string For(string slug, string version, string extension)
    {
        CheckPart(slug, nameof(slug));
        CheckPart(version, nameof(version));
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);

        // Versions are often written "v2.1" in front matter; the name must not become "-vv2.1".
        var bareVersion = version.Trim().TrimStart('v', 'V');
        CheckPart(bareVersion, nameof(version));
        var bareExtension = extension.Trim().TrimStart('.');
        if (bareExtension.Length == 0 || !bareExtension.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{extension}' is not a file extension.", nameof(extension));
        }

        return $"{slug.Trim()}-v{bareVersion}.{bareExtension.ToLowerInvariant()}";
    }

    private static void CheckPart(string value, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameter);
        if (value.Contains("..", StringComparison.Ordinal)
            || value.IndexOfAny(Forbidden) >= 0
            || value.Any(char.IsControl))
        {
            throw new ArgumentException($"'{value}' cannot be part of a file name: no '/', '..' or other path characters.", parameter);
        }
    }
}
