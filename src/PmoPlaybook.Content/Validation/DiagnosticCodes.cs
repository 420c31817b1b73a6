namespace PmoPlaybook.Content.Validation;

/// <summary>
/// Every problem `pmo check` can report. Codes are stable: editors search for them in CONTRIBUTING.md,
/// so a code is never reused for a different problem.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The page does not start with a front matter block, or the block is not closed.</summary>
    public const string MissingFrontMatter = "PMO001";

    /// <summary>The front matter is not valid YAML.</summary>
    public const string MalformedYaml = "PMO002";

    /// <summary>title, type or summary is absent or empty.</summary>
    public const string MissingField = "PMO003";

    /// <summary>type is not one of the known page types.</summary>
    public const string UnknownType = "PMO004";

    /// <summary>A field has the wrong shape (order not a number, tags not a list, …).</summary>
    public const string InvalidField = "PMO005";

    /// <summary>A front matter key nobody reads, usually a typo.</summary>
    public const string UnknownField = "PMO006";

    /// <summary>review_by is not a real date written YYYY-MM-DD.</summary>
    public const string InvalidReviewDate = "PMO007";

    /// <summary>Text `pmo new` wrote as a placeholder (the summary) is still there.</summary>
    public const string PlaceholderText = "PMO008";

    /// <summary>A tag with no letter or digit, which can have no tag page.</summary>
    public const string UnusableTag = "PMO009";

    /// <summary>A relative link to a page that does not exist.</summary>
    public const string BrokenLink = "PMO010";

    /// <summary>A link to an #anchor that the target page does not have.</summary>
    public const string BrokenAnchor = "PMO011";

    /// <summary>A link to an image or file that is not in content/.</summary>
    public const string MissingFile = "PMO012";

    /// <summary>A relative link that climbs out of content/.</summary>
    public const string LinkOutsideContent = "PMO013";

    /// <summary>Two source files that would be written to the same URL.</summary>
    public const string DuplicateUrl = "PMO020";

    /// <summary>A page exists in one language and not in another.</summary>
    public const string MissingTranslation = "PMO021";

    /// <summary>A language folder without a home page (index.md).</summary>
    public const string MissingHome = "PMO022";

    /// <summary>A file name that does not make a clean URL (capitals, spaces, …).</summary>
    public const string UnsafeFileName = "PMO023";

    /// <summary>A template's register cannot be made into a spreadsheet (no table, a formula naming an unknown column, …).</summary>
    public const string InvalidTemplate = "PMO024";

    /// <summary>A template's example row shows a value its column formula would not give (the Excel download recalculates it).</summary>
    public const string ExampleMismatch = "PMO026";

    /// <summary>A page is past its review_by date: its owner should check it is still right and set a new date.</summary>
    public const string ReviewOverdue = "PMO025";

    /// <summary>content/site.yml is missing or invalid.</summary>
    public const string InvalidSiteConfig = "PMO030";

    /// <summary>A language in site.yml whose UI text (themes/default/i18n/{code}.yml) is missing, incomplete or has unknown keys.</summary>
    public const string IncompleteUiText = "PMO031";

    /// <summary>An assessment definition (content/assessments/*.yml) is invalid: YAML, a missing text, a question without five levels, …</summary>
    public const string InvalidAssessment = "PMO040";

    /// <summary>An assessment recommends a page that does not exist in one of the languages.</summary>
    public const string BrokenRecommendation = "PMO041";

    /// <summary>An assessment takes longer to read, in some language, than its max_minutes.</summary>
    public const string AssessmentTooLong = "PMO042";

    /// <summary>An assessment's level statement is too long to be one observable condition.</summary>
    public const string LongLevelStatement = "PMO043";
}
