namespace PmoPlaybook.Templates;

/// <summary>
/// The few words the downloads add around a template's own text (the About sheet's labels, fallback sheet names),
/// in the template's language: a Swedish workbook should not greet its reader in English.
/// </summary>
internal sealed record TemplateWords(string Title, string Version, string Language, string Summary, string About, string Register, string Table, string Lists)
{
    private static readonly TemplateWords English = new("Title", "Version", "Language", "Summary", "About", "Register", "Table", "Lists");

    private static readonly Dictionary<string, TemplateWords> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["sv"] = new("Titel", "Version", "Språk", "Sammanfattning", "Om mallen", "Register", "Tabell", "Listor"),
    };

    /// <summary>The words for a language code such as "sv" or "sv-SE"; English for a language without its own.</summary>
    public static TemplateWords For(string? language)
    {
        var code = (language ?? "").Trim();
        var dash = code.IndexOf('-');
        return ByLanguage.TryGetValue(dash > 0 ? code[..dash] : code, out var words) ? words : English;
    }
}
