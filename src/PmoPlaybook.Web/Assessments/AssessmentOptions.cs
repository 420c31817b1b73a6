using PmoPlaybook.Web.Hosting;

namespace PmoPlaybook.Web.Assessments;

/// <summary>Section "Assessments": where the definitions are read from.</summary>
public sealed class AssessmentOptions : ISettingsProblems
{
    public const string Section = "Assessments";

    /// <summary>content/assessments: the app reads the definitions the build checked, so the form and the page agree.</summary>
    public string DefinitionsDirectory { get; set; } = "content/assessments";

    /// <summary>
    /// `pmo serve` only: the folder may not exist yet (content without assessments) and is picked up when an
    /// author creates it. Everywhere else a missing folder is a wrong path, which would serve zero assessments.
    /// </summary>
    public bool FolderMayBeMissing { get; set; }

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(DefinitionsDirectory))
        {
            yield return "Assessments:DefinitionsDirectory must not be empty (environment variable Assessments__DefinitionsDirectory)";
        }
        else if (!FolderMayBeMissing && !Directory.Exists(DefinitionsDirectory))
        {
            yield return $"Assessments:DefinitionsDirectory: the folder {Path.GetFullPath(DefinitionsDirectory)} does not exist; point Assessments__DefinitionsDirectory at the playbook's content/assessments";
        }
    }
}
