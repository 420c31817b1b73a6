namespace PmoPlaybook.Assessments.Definitions;

/// <summary>
/// How long an assessment takes to read: the words a respondent reads (the intro, each dimension's title
/// and description, each question and its five statements) at <see cref="WordsPerMinute"/>, rounded up.
/// Answering takes thought on top, so this is the floor a page may honestly state, never a guess below it.
/// </summary>
public static class ReadingTime
{
    /// <summary>A usual silent reading speed for considered prose (people read instructions slower than fiction).</summary>
    public const int WordsPerMinute = 200;

    /// <summary>A level statement longer than this bundles more than one condition; `pmo check` warns.</summary>
    public const int MaxStatementWords = 15;

    public static int Minutes(AssessmentDefinition definition, string language) =>
        Math.Max(1, (int)Math.Ceiling(Words(definition, language) / (double)WordsPerMinute));

    public static int Words(AssessmentDefinition definition, string language) =>
        Count(definition.Intro.For(language))
        + definition.Dimensions.Sum(d => Count(d.Title.For(language)) + Count(d.Description.For(language))
            + d.Questions.Sum(q => Count(q.Text.For(language)) + q.Levels.Sum(l => Count(l.For(language)))));

    /// <summary>Words as a reader counts them: runs of characters between spaces ("PMO:t", "up-to-date" are one each).</summary>
    public static int Count(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
