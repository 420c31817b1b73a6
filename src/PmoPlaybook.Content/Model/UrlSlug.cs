using System.Globalization;
using System.Text;

namespace PmoPlaybook.Content.Model;

/// <summary>
/// Text as one part of a URL or file name: lower case ASCII letters and digits joined by hyphens, accents
/// dropped ("Slutrapport och överlämning" → "slutrapport-och-overlamning", "Erfarenhetsåterföring" →
/// "erfarenhetsaterforing"), apostrophes and colons left out ("PMO:ts affärsplan" → "pmots-affarsplan").
/// Plain ASCII survives zip files, mail attachments, static hosts and old tools. Tag pages and template
/// downloads are both named by it.
/// </summary>
public static class UrlSlug
{
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

    /// <returns>The slug; empty when the text has no letter or digit at all ("---", "!!").</returns>
    public static string From(string? text)
    {
        var slug = new StringBuilder();
        var gap = false;
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
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
}
