using PmoPlaybook.Content.Loading;

namespace PmoPlaybook.Content.Validation.Rules;

/// <summary>Two files must not become one URL ("roles.md" and "roles/index.md" are both /en/roles/).</summary>
public sealed class DuplicateUrlRule : IContentRule
{
    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot) =>
        snapshot.Site.Pages.Where(p => !p.IsSynthetic)
            .GroupBy(p => p.UrlPath, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(p => Diagnostic.Error(p.Path.Value, 1, 1, DiagnosticCodes.DuplicateUrl,
                $"URL {p.UrlPath} is also produced by {g.First().Path.Value}; rename or remove one")));
}
