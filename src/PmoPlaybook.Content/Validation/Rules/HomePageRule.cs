using PmoPlaybook.Content.Loading;

namespace PmoPlaybook.Content.Validation.Rules;

/// <summary>Each language needs a home page, or "/" would send readers nowhere.</summary>
public sealed class HomePageRule : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot) =>
        snapshot.Site.Config.Languages
            .Where(l => !snapshot.Files.Contains($"{l.Code}/index.md"))
            .Select(l => Diagnostic.Error($"{l.Code}/index.md", 1, 1, DiagnosticCodes.MissingHome,
                $"{l.Name} has no home page: create {l.Code}/index.md (or remove '{l.Code}' from site.yml)"));
}
