namespace PmoPlaybook.Assessments.Definitions;

/// <summary>
/// One self-assessment from content/assessments/{id}.yml: dimensions of questions, each question five
/// level statements (1 weakest … 5 strongest) plus "don't know", and per dimension the pages to read next.
/// </summary>
/// <param name="MaxMinutes">The most reading time the assessment may take (`max_minutes`); `pmo check` warns above it. Null: no limit.</param>
/// <param name="Retired">Questions of earlier versions that stored results may still answer; they no longer count.</param>
public sealed record AssessmentDefinition(
    string Id,
    LocalizedText Title,
    LocalizedText Summary,
    LocalizedText Intro,
    int? MaxMinutes,
    IReadOnlyList<ScaleLevel> Scale,
    IReadOnlyList<Dimension> Dimensions,
    IReadOnlyList<RetiredQuestion> Retired)
{
    /// <summary>The file it was read from, relative to content/ (for messages).</summary>
    public string SourcePath { get; init; } = "";

    public IEnumerable<Question> Questions => Dimensions.SelectMany(d => d.Questions);

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);

    public Dimension? FindDimension(string id) => Dimensions.FirstOrDefault(d => d.Id == id);

    public RetiredQuestion? FindRetired(string id) => Retired.FirstOrDefault(q => q.Id == id);

    public ScaleLevel LevelNamed(int value) => Scale[Math.Clamp(value, 1, Scale.Count) - 1];

    /// <summary>The honest time it takes to read everything a respondent reads, in this language (see <see cref="ReadingTime"/>).</summary>
    public int ReadingMinutes(string language) => ReadingTime.Minutes(this, language);
}

/// <summary>The name and meaning of one of the five levels (1 Initial … 5 Optimising).</summary>
public sealed record ScaleLevel(int Value, LocalizedText Name, LocalizedText Description);

public sealed record Dimension(
    string Id,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<Recommendation> Recommendations);

/// <summary>A question and its five level statements; <see cref="Levels"/>[0] is level 1.</summary>
public sealed record Question(string Id, LocalizedText Text, IReadOnlyList<LocalizedText> Levels);

/// <summary>A question that was asked once and is no longer: its text lets an old result say what was answered.</summary>
public sealed record RetiredQuestion(string Id, LocalizedText Text);

/// <summary>A page to read when the dimension is weak: a path under content/{lang}/, e.g. "playbooks/risk-management.md".</summary>
public sealed record Recommendation(string Page, int Line, int Column);
