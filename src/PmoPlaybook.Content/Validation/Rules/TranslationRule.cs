using PmoPlaybook.Content.Loading;

namespace PmoPlaybook.Content.Validation.Rules;

/// <summary>Every page should exist in every language; a missing one is a warning, shown to translators.</summary>
public sealed class TranslationRule : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot)
    {
        var languages = snapshot.Site.Config.Languages;
        foreach (var page in snapshot.Site.Pages.Where(p => !p.IsSynthetic))
        {
            foreach (var language in languages.Where(l => l.Code != page.Language))
            {
                var expected = page.Path.WithLanguage(language.Code).Value;
                // Only the default language's pages ask for translations, so one gap is one warning, not two.
                if (page.Language == languages[0].Code && !Exists(snapshot, expected))
                {
                    yield return Diagnostic.Warning(page.Path.Value, 1, 1, DiagnosticCodes.MissingTranslation,
                        $"no {language.Name} translation: expected {expected}");
                }
                else if (page.Language != languages[0].Code && language.Code == languages[0].Code && !Exists(snapshot, expected))
                {
                    yield return Diagnostic.Warning(page.Path.Value, 1, 1, DiagnosticCodes.MissingTranslation,
                        $"no {language.Name} original: expected {expected}");
                }
            }
        }
    }

    // A file that failed to parse still counts (its own error is reported), and so does a page made from another source.
    private static bool Exists(ContentSnapshot snapshot, string path) =>
        snapshot.Files.Contains(path) || snapshot.Site.Find(path) is { IsSynthetic: false };
}
