using PmoPlaybook.Content.History;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;

namespace PmoPlaybook.Content.Loading;

/// <summary>
/// Everything read from content/ at one moment: the site model, every file that exists (so links to
/// unparseable pages and to images can be told apart from links to nothing), and the problems found while reading.
/// </summary>
public sealed record ContentSnapshot(
    string ContentDirectory,
    Site Site,
    IReadOnlySet<string> Files,
    IReadOnlyList<Diagnostic> LoadDiagnostics)
{
    /// <summary>
    /// content/'s Git history, read by a full build (<see cref="GitHistoryReader"/>); empty for `pmo check`,
    /// which needs none. An incremental rebuild keeps the history of the build it continues.
    /// </summary>
    public ContentHistory History { get; init; } = ContentHistory.Empty;
}
