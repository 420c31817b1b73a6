using System.Globalization;

namespace PmoPlaybook.Templates;

internal static class LanguageNames
{
    /// <summary>
    /// The language's own name ("Svenska" for sv), since the reader of a Swedish template reads Swedish;
    /// the code itself when .NET does not know it.
    /// </summary>
    public static string Of(string code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "";
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code.Trim(), predefinedOnly: true);
            var name = culture.NativeName;
            return name.Length == 0 ? code : culture.TextInfo.ToUpper(name[0]) + name[1..];
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
