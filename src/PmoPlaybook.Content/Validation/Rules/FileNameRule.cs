using System.Text.RegularExpressions;
using PmoPlaybook.Content.Loading;

namespace PmoPlaybook.Content.Validation.Rules;

/// <summary>File names become URLs; capitals, spaces and å/ä/ö make URLs that break when shared.</summary>
public sealed partial class FileNameRule : IContentRule
{
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*(\\.md)?$")]
    private static partial Regex SafeSegment();

    public IEnumerable<Diagnostic> Check(ContentSnapshot snapshot) =>
        snapshot.Site.Pages
            .Where(p => !p.IsSynthetic && !p.Path.Value.Split('/').All(SafeSegment().IsMatch))
            .Select(p => Diagnostic.Warning(p.Path.Value, 1, 1, DiagnosticCodes.UnsafeFileName,
                "file and folder names should be lowercase letters, digits and hyphens (they become the URL)"));
}
