using System.Text.RegularExpressions;
using PmoPlaybook.Content.Loading;
using PmoPlaybook.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoPlaybook.Assessments.Definitions;

/// <summary>
/// Reads content/assessments/{id}.yml. Every problem is reported at its file and line, and reading goes on
/// past it, so an editor sees all of a definition's mistakes in one `pmo check`.
/// </summary>
public static partial class DefinitionReader
{
    public const string Folder = "assessments";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdPattern();

    /// <summary>Names the app's own pages take under /assessments/ (the PMO dashboard): an assessment with one would be unreachable.</summary>
    public static IReadOnlySet<string> ReservedIds { get; } = new HashSet<string>(StringComparer.Ordinal) { "dashboard" };

    /// <summary>Every *.yml in content/assessments, in name order.</summary>
    public static DefinitionSet ReadAll(string contentDirectory, IReadOnlyList<string> languages) =>
        ReadFolder(Path.Combine(contentDirectory, Folder), languages);

    /// <summary>Every *.yml in a folder of definitions (the app reads content/assessments directly).</summary>
    public static DefinitionSet ReadFolder(string folder, IReadOnlyList<string> languages)
    {
        if (!Directory.Exists(folder))
        {
            return new DefinitionSet([], []);
        }
        var definitions = new List<AssessmentDefinition>();
        var diagnostics = new List<Diagnostic>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var (definition, problems) = Read(File.ReadAllText(file), $"{Folder}/{Path.GetFileName(file)}", languages);
            diagnostics.AddRange(problems);
            if (definition is not null)
            {
                definitions.Add(definition);
            }
        }
        return new DefinitionSet(definitions, diagnostics);
    }

    public static (AssessmentDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, string sourcePath, IReadOnlyList<string> languages)
    {
        YamlMappingNode root;
        try
        {
            var stream = YamlText.Parse(yaml);
            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map
                ? map
                : throw new YamlException("an assessment definition is a set of `key: value` lines");
        }
        catch (YamlException e)
        {
            var message = (e.InnerException ?? e).Message;
            var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
            return (null, [Diagnostic.Error(sourcePath, (int)e.Start.Line, (int)e.Start.Column, DiagnosticCodes.InvalidAssessment,
                "invalid YAML: " + (marker >= 0 ? message[(marker + 3)..] : message))]);
        }

        var reader = new YamlFields(sourcePath, languages);
        var definition = ReadDefinition(reader, root, Path.GetFileNameWithoutExtension(sourcePath));
        return (reader.Diagnostics.Any(d => d.IsError) ? null : definition with { SourcePath = sourcePath }, reader.Diagnostics);
    }

    private static AssessmentDefinition ReadDefinition(YamlFields fields, YamlMappingNode root, string fileStem)
    {
        fields.RejectUnknown(root, "id", "title", "summary", "intro", "max_minutes", "scale", "dimensions", "retired");
        var id = fields.Id(root, "id") ?? fileStem;
        if (fields.Child(root, "id") is { } idNode && id != fileStem)
        {
            fields.Error(idNode, $"id '{id}' must match the file name ('{fileStem}.yml'), so its URL and results folder are predictable");
        }
        if (ReservedIds.Contains(id))
        {
            fields.Error(fields.Child(root, "id") ?? root, $"id '{id}' is reserved: /assessments/{id} is the app's own page; rename the assessment (its id and file name)");
        }
        var scale = fields.List(root, "scale", required: true).Select(node => ReadScaleLevel(fields, node)).ToArray();
        if (fields.Key(root, "scale") is { } scaleNode && !scale.Select(s => s.Value).SequenceEqual([1, 2, 3, 4, 5]))
        {
            fields.Error(scaleNode, "scale must list the five levels with values 1, 2, 3, 4, 5 in order");
        }

        var dimensions = fields.List(root, "dimensions", required: true).Select(node => ReadDimension(fields, node)).ToArray();
        var questionIds = new HashSet<string>(StringComparer.Ordinal);
        var dimensionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, dimension) in fields.List(root, "dimensions", required: false).Zip(dimensions))
        {
            if (!dimensionIds.Add(dimension.Id))
            {
                fields.Error(node, $"dimension id '{dimension.Id}' is used twice");
            }
            foreach (var (questionNode, question) in fields.List((YamlMappingNode)node, "questions", required: false).Zip(dimension.Questions))
            {
                if (!questionIds.Add(question.Id))
                {
                    fields.Error(questionNode, $"question id '{question.Id}' is used twice (ids are unique across the assessment)");
                }
            }
        }

        var retired = new List<RetiredQuestion>();
        foreach (var node in fields.List(root, "retired", required: false))
        {
            if (ReadRetired(fields, node) is not { } question)
            {
                continue;
            }
            if (questionIds.Contains(question.Id))
            {
                fields.Error(node, $"question id '{question.Id}' is retired: stored results answered a different question under it, so a current question needs a new id");
            }
            else if (retired.Any(r => r.Id == question.Id))
            {
                fields.Error(node, $"retired question '{question.Id}' is listed twice");
            }
            retired.Add(question);
        }

        var definition = new AssessmentDefinition(id, fields.Text(root, "title", required: true), fields.Text(root, "summary", required: true),
            fields.Text(root, "intro", required: true), fields.Int(root, "max_minutes"), scale, dimensions, retired);
        if (definition.MaxMinutes is { } limit && fields.Child(root, "max_minutes") is { } limitNode)
        {
            foreach (var language in fields.Languages.Where(l => definition.ReadingMinutes(l) > limit))
            {
                fields.Warning(limitNode, DiagnosticCodes.AssessmentTooLong,
                    $"the '{language}' text takes {definition.ReadingMinutes(language)} minutes to read ({ReadingTime.Words(definition, language)} words at {ReadingTime.WordsPerMinute} a minute), more than max_minutes {limit}: shorten statements or drop a question");
            }
        }
        return definition;
    }

    private static ScaleLevel ReadScaleLevel(YamlFields fields, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            fields.Error(node, "a scale level is `value`, `name` and `description`");
            return new ScaleLevel(0, LocalizedText.Of("en", ""), LocalizedText.Of("en", ""));
        }
        fields.RejectUnknown(map, "value", "name", "description");
        return new ScaleLevel(fields.Int(map, "value") ?? 0, fields.Text(map, "name", required: true), fields.Text(map, "description", required: false));
    }

    private static Dimension ReadDimension(YamlFields fields, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            fields.Error(node, "a dimension is `id`, `title`, `description`, `questions` and `recommendations`");
            return new Dimension("", LocalizedText.Of("en", ""), LocalizedText.Of("en", ""), [], []);
        }
        fields.RejectUnknown(map, "id", "title", "description", "questions", "recommendations");
        var questions = fields.List(map, "questions", required: true).Select(q => ReadQuestion(fields, q)).ToArray();
        var recommendations = fields.List(map, "recommendations", required: false)
            .Select(r => r is YamlScalarNode { Value: { Length: > 0 } page }
                ? new Recommendation(page, (int)r.Start.Line, (int)r.Start.Column)
                : fields.ErrorValue<Recommendation?>(r, "a recommendation is a page path such as playbooks/risk-management.md", null))
            .OfType<Recommendation>()
            .ToArray();
        return new Dimension(fields.Id(map, "id") ?? "", fields.Text(map, "title", required: true), fields.Text(map, "description", required: false), questions, recommendations);
    }

    private static RetiredQuestion? ReadRetired(YamlFields fields, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            return fields.ErrorValue<RetiredQuestion?>(node, "a retired question is `id` and `text`", null);
        }
        fields.RejectUnknown(map, "id", "text");
        return fields.Id(map, "id") is { } id ? new RetiredQuestion(id, fields.Text(map, "text", required: true)) : null;
    }

    private static Question ReadQuestion(YamlFields fields, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            fields.Error(node, "a question is `id`, `text` and `levels`");
            return new Question("", LocalizedText.Of("en", ""), []);
        }
        fields.RejectUnknown(map, "id", "text", "levels");
        var levelNodes = fields.List(map, "levels", required: true).ToArray();
        var levels = levelNodes.Select(level => fields.Localized(level)).ToArray();
        foreach (var (levelNode, level) in levelNodes.Zip(levels))
        {
            foreach (var (language, statement) in level.Values.Where(v => ReadingTime.Count(v.Value) > ReadingTime.MaxStatementWords))
            {
                fields.Warning(levelNode, DiagnosticCodes.LongLevelStatement,
                    $"the '{language}' statement has {ReadingTime.Count(statement)} words (at most {ReadingTime.MaxStatementWords}): a level statement is one condition a team can confirm or deny");
            }
        }
        if (fields.Key(map, "levels") is { } levelsNode && levels.Length != 5)
        {
            fields.Error(levelsNode, $"a question has exactly five level statements (1 to 5); this one has {levels.Length}");
        }
        return new Question(fields.Id(map, "id") ?? "", fields.Text(map, "text", required: true), levels);
    }
}

/// <summary>The definitions read from content/assessments and the problems found.</summary>
public sealed record DefinitionSet(IReadOnlyList<AssessmentDefinition> Definitions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public AssessmentDefinition? Find(string id) => Definitions.FirstOrDefault(d => d.Id == id);
}
