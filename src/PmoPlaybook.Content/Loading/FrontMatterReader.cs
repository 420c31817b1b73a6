using System.Globalization;
using PmoPlaybook.Content.Authoring;
using PmoPlaybook.Content.Model;
using PmoPlaybook.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoPlaybook.Content.Loading;

/// <summary>
/// Turns a front matter block into <see cref="FrontMatter"/>, reporting every problem at the file line
/// where it is (not the first one only), so one `pmo check` run shows an editor everything to fix.
/// </summary>
public static class FrontMatterReader
{
    private static readonly HashSet<string> KnownKeys = ["title", "type", "summary", "tags", "order", "template", "version", "translation_of", "owner", "review_by"];

    private static readonly HashSet<string> RequiredKeys = ["title", "type", "summary"];

    /// <param name="yaml">The YAML between the fences.</param>
    /// <param name="path">The page's path, for diagnostics.</param>
    /// <param name="firstLine">The file line (1-based) of the first YAML line.</param>
    public static (FrontMatter? FrontMatter, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml, string path, int firstLine)
    {
        var diagnostics = new List<Diagnostic>();
        YamlMappingNode? root;
        try
        {
            var stream = YamlText.Parse(yaml);
            if (stream.Documents.Count == 0)
            {
                root = new YamlMappingNode();
            }
            else if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                root = mapping;
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(path, firstLine, 1, DiagnosticCodes.MalformedYaml, "front matter must be a set of `key: value` lines"));
                return (null, diagnostics);
            }
        }
        catch (YamlException e)
        {
            var line = firstLine + (int)e.Start.Line - 1;
            diagnostics.Add(Diagnostic.Error(path, line, (int)e.Start.Column, DiagnosticCodes.MalformedYaml, $"malformed YAML in front matter: {Describe(e)}"));
            return (null, diagnostics);
        }

        var misspelt = new Dictionary<string, YamlScalarNode>(StringComparer.Ordinal);
        var fields = new FieldReader(root, path, firstLine, diagnostics, misspelt);
        foreach (var (key, _) in root.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar || KnownKeys.Contains(name))
            {
                continue;
            }
            var meant = Spelling.Closest(name, KnownKeys);
            if (meant is not null && RequiredKeys.Contains(meant) && fields.Node(meant) is null)
            {
                // One cause, one report: the missing required field is reported at this key, as a typo.
                misspelt.TryAdd(meant, scalar);
                continue;
            }
            diagnostics.Add(fields.WarningAt(key, DiagnosticCodes.UnknownField, meant is null
                ? $"unknown front matter field '{name}' (known: {string.Join(", ", KnownKeys.Order())})"
                : $"unknown front matter field '{name}': did you mean '{meant}'?"));
        }

        var title = fields.RequiredText("title");
        var summary = fields.RequiredText("summary");
        var typeName = fields.RequiredText("type");
        PageType type = default;
        if (typeName is not null && !PageTypes.TryParse(typeName, out type))
        {
            diagnostics.Add(fields.ErrorAt(root.Children[new YamlScalarNode("type")], DiagnosticCodes.UnknownType,
                $"unknown type '{typeName}'; use one of: {string.Join(", ", PageTypes.Names)}"));
            typeName = null;
        }

        var tags = ReadTags(fields);
        var order = fields.OptionalInt("order");
        var template = ReadTemplate(fields, type, typeName is not null);
        var version = fields.Node("version") is null ? null : fields.RequiredText("version");
        var owner = fields.OptionalText("owner");
        var reviewBy = ReadReviewDate(fields);

        if (title is null || summary is null || typeName is null || diagnostics.Any(d => d.IsError))
        {
            return (null, diagnostics);
        }
        // The page is whole, only its text is unfinished: it loads (so links to it and recommendations of it
        // raise nothing more) and this is its one error.
        if (summary == PageScaffold.Summary)
        {
            diagnostics.Add(fields.ErrorAt(fields.Node("summary")!, DiagnosticCodes.PlaceholderText,
                "'summary' is still the placeholder `pmo new` wrote: replace it with one sentence on what this page helps the reader do (cards, search results and search engines show it)"));
        }
        return (new FrontMatter(title, type, summary, tags, order, template, version, owner, reviewBy), diagnostics);
    }

    /// <summary>
    /// <c>review_by: 2027-06-30</c>. Only that one spelling is accepted: "06/07/2027" means different days
    /// to different readers, and a date nobody can read is a review nobody will do.
    /// </summary>
    private static ReviewDate? ReadReviewDate(FieldReader fields)
    {
        var node = fields.Node("review_by");
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return null;
        }
        var text = (node as YamlScalarNode)?.Value?.Trim();
        if (text is not null && DateOnly.TryParseExact(text, ReviewDate.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new ReviewDate(date, fields.LineOf(node));
        }
        fields.Report(fields.ErrorAt(node, DiagnosticCodes.InvalidReviewDate,
            $"'review_by' must be a date written YYYY-MM-DD, e.g. review_by: 2027-06-30{(text is null ? "" : $" (found '{text}')")}"));
        return null;
    }

    /// <summary><c>tags: [cadence, prioritisation]</c>, each with its place (a tag page's rule points at the tag).</summary>
    private static IReadOnlyList<string> ReadTags(FieldReader fields)
    {
        if (fields.OptionalList("tags") is null || fields.Node("tags") is not YamlSequenceNode sequence)
        {
            return [];
        }
        return new TagList(sequence.Children.Cast<YamlScalarNode>()
            .Where(s => !string.IsNullOrEmpty(s.Value))
            .Select(s => new TagPlace(s.Value!, fields.LineOf(s), (int)s.Start.Column))
            .ToArray());
    }

    private static TemplateInfo? ReadTemplate(FieldReader fields, PageType type, bool typeKnown)
    {
        var node = fields.Node("template");
        if (node is null)
        {
            if (typeKnown && type == PageType.Template)
            {
                fields.Report(fields.ErrorAt(fields.Root, DiagnosticCodes.MissingField, "a template page needs a 'template' block with 'formats' and 'category'"));
            }
            return null;
        }
        if (node is not YamlMappingNode mapping)
        {
            fields.Report(fields.ErrorAt(node, DiagnosticCodes.InvalidField, "'template' must be a block with 'formats' and 'category'"));
            return null;
        }
        if (typeKnown && type != PageType.Template)
        {
            fields.Report(fields.WarningAt(node, DiagnosticCodes.UnknownField, "'template' is only read on pages of type template"));
        }
        var inner = fields.Nested(mapping);
        var formats = inner.OptionalList("formats");
        var category = inner.RequiredText("category");
        if (formats is null || formats.Count == 0)
        {
            fields.Report(fields.ErrorAt(node, DiagnosticCodes.MissingField, "'template.formats' must list at least one of: " + string.Join(", ", TemplateInfo.KnownFormats)));
            return null;
        }
        foreach (var format in formats.Where(f => !TemplateInfo.KnownFormats.Contains(f)))
        {
            fields.Report(fields.ErrorAt(node, DiagnosticCodes.InvalidField, $"unknown template format '{format}'; use: {string.Join(", ", TemplateInfo.KnownFormats)}"));
        }
        var columns = ReadColumns(fields, inner.Node("columns"));
        return category is null ? null : new TemplateInfo(formats, category, columns);
    }

    /// <summary><c>columns: { Likelihood: { choices: [1, 2, 3, 4, 5] }, Score: { formula: "Likelihood * Impact" } }</c></summary>
    private static Dictionary<string, ColumnRule>? ReadColumns(FieldReader fields, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }
        if (node is not YamlMappingNode mapping)
        {
            fields.Report(fields.ErrorAt(node, DiagnosticCodes.InvalidField, "'template.columns' must map column names to { choices: [...] } or { formula: ... }"));
            return null;
        }
        var columns = new Dictionary<string, ColumnRule>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name } || value is not YamlMappingNode rule)
            {
                fields.Report(fields.ErrorAt(value, DiagnosticCodes.InvalidField, "each column needs { choices: [...] } or { formula: ... }"));
                continue;
            }
            var reader = fields.Nested(rule);
            var choices = reader.OptionalList("choices");
            var formula = reader.Node("formula") is YamlScalarNode { Value: { Length: > 0 } f } ? f : null;
            if (choices is null && formula is null)
            {
                fields.Report(fields.ErrorAt(rule, DiagnosticCodes.InvalidField, $"column '{name}' needs 'choices' or 'formula'"));
                continue;
            }
            columns[name] = new ColumnRule(choices, formula, fields.LineOf(key));
        }
        return columns;
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 7, Idx: 40) - (…): "; we report the place ourselves.
        var message = e.InnerException?.Message ?? e.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }

    /// <summary>Reads typed fields from a mapping, turning YAML node positions into file positions.</summary>
    /// <param name="misspelt">Keys that look like a typo of a required field that is missing, by the field they were meant to be.</param>
    private sealed class FieldReader(YamlMappingNode root, string path, int firstLine, List<Diagnostic> diagnostics, IReadOnlyDictionary<string, YamlScalarNode>? misspelt = null)
    {
        public YamlMappingNode Root => root;

        public FieldReader Nested(YamlMappingNode mapping) => new(mapping, path, firstLine, diagnostics);

        public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

        public YamlNode? Node(string key) =>
            root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        public string? RequiredText(string key)
        {
            var node = Node(key);
            if (node is null && misspelt?.GetValueOrDefault(key) is { } typo)
            {
                diagnostics.Add(ErrorAt(typo, DiagnosticCodes.MissingField, $"required field '{key}' is missing: '{typo.Value}' is not a front matter field, did you mean '{key}'?"));
                return null;
            }
            if (node is null || node is YamlScalarNode { Value: null or "" } || node is YamlScalarNode scalar && string.IsNullOrWhiteSpace(scalar.Value))
            {
                diagnostics.Add(ErrorAt(node ?? root, DiagnosticCodes.MissingField, $"required field '{key}' is missing or empty"));
                return null;
            }
            if (node is not YamlScalarNode text)
            {
                diagnostics.Add(ErrorAt(node, DiagnosticCodes.InvalidField, $"'{key}' must be text"));
                return null;
            }
            return text.Value!.Trim();
        }

        /// <summary>A text field that may be absent or left empty (both mean "not set").</summary>
        public string? OptionalText(string key)
        {
            switch (Node(key))
            {
                case null or YamlScalarNode { Value: null }:
                    return null;
                case YamlScalarNode scalar:
                    return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
                case var node:
                    diagnostics.Add(ErrorAt(node, DiagnosticCodes.InvalidField, $"'{key}' must be text, e.g. {key}: Portfolio office"));
                    return null;
            }
        }

        public int LineOf(YamlNode node) => firstLine + (int)node.Start.Line - 1;

        public IReadOnlyList<string>? OptionalList(string key)
        {
            var node = Node(key);
            switch (node)
            {
                case null:
                    return null;
                case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                    return sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToArray();
                default:
                    diagnostics.Add(ErrorAt(node, DiagnosticCodes.InvalidField, $"'{key}' must be a list, e.g. {key}: [a, b]"));
                    return null;
            }
        }

        public int? OptionalInt(string key)
        {
            var node = Node(key);
            if (node is null)
            {
                return null;
            }
            if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
            diagnostics.Add(ErrorAt(node, DiagnosticCodes.InvalidField, $"'{key}' must be a whole number"));
            return null;
        }

        public Diagnostic ErrorAt(YamlNode node, string code, string message) =>
            Diagnostic.Error(path, firstLine + (int)node.Start.Line - 1, (int)node.Start.Column, code, message);

        public Diagnostic WarningAt(YamlNode node, string code, string message) =>
            Diagnostic.Warning(path, firstLine + (int)node.Start.Line - 1, (int)node.Start.Column, code, message);
    }
}
