using System.Globalization;
using System.Text;

namespace PmoPlaybook.Templates;

/// <summary>The download file name of a template, such as <c>risk-register-v2.1.xlsx</c>.</summary>
public static class TemplateFileNames
{
    // Besides '/' these are rejected because the file may be saved on Windows by whoever downloads it.
    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    // Letters that do not decompose into a base letter and an accent.
    private static readonly Dictionary<char, string> Spelled = new()
    {
        ['æ'] = "ae",
        ['ø'] = "o",
        ['œ'] = "oe",
        ['ß'] = "ss",
        ['ð'] = "d",
        ['þ'] = "th",
        ['ł'] = "l",
    };

    /// <summary>
    /// A title as a file name: lower case ASCII letters and digits joined by hyphens, accents dropped
    /// ("Slutrapport och överlämning" → "slutrapport-och-overlamning"), apostrophes and colons left out
    /// ("PMO:ts affärsplan" → "pmots-affarsplan"). Plain ASCII survives zip files, mail attachments and old tools.
    /// </summary>
    public static string Slug(string title)
    {
        var slug = new StringBuilder();
        var gap = false;
        foreach (var c in (title ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            var letters = char.IsAsciiLetterOrDigit(c) ? c.ToString() : Spelled.GetValueOrDefault(c);
            if (letters is not null)
            {
                slug.Append(gap && slug.Length > 0 ? "-" : "").Append(letters);
                gap = false;
            }
            else if (c is not ('\'' or '’' or ':') && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                gap = true;
            }
        }

        return slug.ToString();
    }

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
