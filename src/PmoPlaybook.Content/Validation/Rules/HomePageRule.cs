using PmoPlaybook.Content.Loading;

namespace PmoPlaybook.Content.Validation.Rules;

/// <summary>Each language should have a written home page; without one a bare generated page stands in.</summary>
public sealed class HomePageRule : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot) =>
        snapshot.Site.Config.Languages
            .Where(l => !snapshot.Files.Contains($"{l.Code}/index.md"))
            .Select(l => Diagnostic.Warning($"{l.Code}/index.md", 1, 1, DiagnosticCodes.MissingHome,
                $"{l.Name} has no home page: a plain one is generated; write {l.Code}/index.md (or remove '{l.Code}' from site.yml)"));
}
