using System.Globalization;
using PmoPlaybook.Content.Model;

namespace PmoPlaybook.Theme;

/// <summary>Dates as readers of each language write them ("6 March 2025", "6 mars 2025") and as machines read them.</summary>
public static class DateText
{
    /// <summary>The culture site.yml gives the language; invariant when it names none that exists.</summary>
    public static CultureInfo Culture(SiteConfig config, string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(config.FindLanguage(language)?.Culture ?? language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>Day, month name, year: unambiguous in every language, unlike 06/03/2025.</summary>
    public static string Long(DateOnly date, CultureInfo culture) => date.ToString("d MMMM yyyy", culture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A commit's moment for a datetime attribute, with its own offset.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The calendar day of a commit where it was made, the day its author would name.</summary>
    public static DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(moment.DateTime);
}
