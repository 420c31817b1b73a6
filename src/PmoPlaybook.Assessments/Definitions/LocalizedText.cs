namespace PmoPlaybook.Assessments.Definitions;

/// <summary>A string per language code; a definition must give every site language.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The text in this language, else in the first language given (so a missing string never blanks a page).</summary>
    public string For(string language) =>
        Values.TryGetValue(language, out var text) ? text : Values.Values.FirstOrDefault() ?? "";

    public bool Has(string language) => Values.ContainsKey(language);

    public static LocalizedText Of(string language, string text) => new(new Dictionary<string, string> { [language] = text });
}
