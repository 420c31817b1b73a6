using System.ComponentModel.DataAnnotations;

namespace PmoPlaybook.Web.Assessments;

/// <summary>Section "Assessments": where the definitions are read from.</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessments";

    /// <summary>content/assessments: the app reads the definitions the build checked, so the form and the page agree.</summary>
    [Required]
    public string DefinitionsDirectory { get; set; } = "content/assessments";
}
