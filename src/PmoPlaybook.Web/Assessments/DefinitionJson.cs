using PmoPlaybook.Assessments.Definitions;

namespace PmoPlaybook.Web.Assessments;

/// <summary>GET /api/assessments/{id}?lang=: a definition in one language, in the shape DESIGN.md promises.</summary>
public sealed record DefinitionJson(string Id, string Title, string Lang, string Intro, int Minutes, IReadOnlyList<DefinitionJson.DimensionJson> Dimensions)
{
    public static DefinitionJson For(AssessmentDefinition definition, string lang) => new(
        definition.Id,
        definition.Title.For(lang),
        lang,
        definition.Intro.For(lang),
        definition.ReadingMinutes(lang),
        definition.Dimensions.Select(d => new DimensionJson(d.Id, d.Title.For(lang),
            d.Questions.Select(q => new QuestionJson(q.Id, q.Text.For(lang),
                q.Levels.Select((level, i) => new LevelJson(i + 1, level.For(lang))).ToArray())).ToArray())).ToArray());

    public sealed record DimensionJson(string Id, string Title, IReadOnlyList<QuestionJson> Questions);

    public sealed record QuestionJson(string Id, string Text, IReadOnlyList<LevelJson> Levels);

    public sealed record LevelJson(int Value, string Label);
}
