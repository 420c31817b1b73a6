using PmoPlaybook.Content.Loading;

namespace PmoPlaybook.Content.Validation;

/// <summary>
/// One thing `pmo check` guards. Rules see the whole snapshot and only report; adding a rule is one
/// class plus one line in <see cref="ContentChecks.Default"/>.
/// </summary>
public interface IContentRule
{
    IEnumerable<Diagnostic> Check(ContentSnapshot snapshot);
}
