using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;
using PmoPlaybook.Theme.I18n;

namespace PmoPlaybook.Generator.I18n;

/// <summary>
/// PMO031: every language in site.yml has a complete UI text file, so a language added to the site never
/// silently shows English buttons. A missing key is named (the file's top, since it has no line); an unknown
/// key or a placeholder the page does not fill is reported at its line.
/// </summary>
public sealed class UiTextRule(UiTextCatalog catalog) : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot)
    {
        foreach (var language in snapshot.Site.Config.Languages)
        {
            if (catalog.File(language.Code) is not { } file)
            {
                yield return Diagnostic.Error(SiteConfigReader.FileName, 1, 1, DiagnosticCodes.IncompleteUiText,
                    $"language '{language.Code}' has no UI text: add {Path(language.Code + ".yml")} (a copy of en.yml, translated; see CONTRIBUTING.md, \"Adding a language\")");
                continue;
            }
            if (file.MissingKeys.Count > 0)
            {
                yield return Diagnostic.Error(Path(file.FileName), 1, 1, DiagnosticCodes.IncompleteUiText,
                    $"language '{language.Code}' lacks {file.MissingKeys.Count} UI text(s): {string.Join(", ", file.MissingKeys)}");
            }
            foreach (var problem in file.Problems)
            {
                yield return Diagnostic.Error(Path(file.FileName), problem.Line, problem.Column, DiagnosticCodes.IncompleteUiText, problem.Message);
            }
        }
    }

    private static string Path(string fileName) => UiTextCatalog.SourceDirectory + "/" + fileName;
}
