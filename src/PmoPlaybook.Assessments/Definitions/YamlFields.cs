using PmoPlaybook.Content.Validation;
using YamlDotNet.RepresentationModel;

namespace PmoPlaybook.Assessments.Definitions;

/// <summary>Typed reads from a YAML mapping that record a diagnostic at the node's line instead of throwing.</summary>
internal sealed class YamlFields(string path, IReadOnlyList<string> languages)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public IReadOnlyList<string> Languages => languages;

    public void Error(YamlNode node, string message) =>
        _diagnostics.Add(Diagnostic.Error(path, (int)node.Start.Line, (int)node.Start.Column, DiagnosticCodes.InvalidAssessment, message));

    public void Warning(YamlNode node, string code, string message) =>
        _diagnostics.Add(Diagnostic.Warning(path, (int)node.Start.Line, (int)node.Start.Column, code, message));

    public T ErrorValue<T>(YamlNode node, string message, T value)
    {
        Error(node, message);
        return value;
    }

    /// <summary>The key itself, where an editor looks for a problem with its whole value.</summary>
    public YamlNode? Key(YamlMappingNode map, string key) =>
        map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } name } && name == key);

    public YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public void RejectUnknown(YamlMappingNode map, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !known.Contains(name))
            {
                Error(key, $"unknown key '{(key as YamlScalarNode)?.Value}' (expected one of: {string.Join(", ", known)})");
            }
        }
    }

    public string? Id(YamlMappingNode map, string key)
    {
        switch (Child(map, key))
        {
            case null:
                Error(map, $"'{key}' is missing");
                return null;
            case YamlScalarNode { Value: { } value } node when DefinitionReader.IdPattern().IsMatch(value):
                return value;
            case var node:
                Error(node, $"'{key}' must be lowercase letters, digits and hyphens, such as 'risk-change'");
                return null;
        }
    }

    public int? Int(YamlMappingNode map, string key) => Child(map, key) switch
    {
        null => null,
        YamlScalarNode { Value: { } value } when int.TryParse(value, out var number) && number > 0 => number,
        var node => ErrorValue<int?>(node, $"'{key}' must be a whole number above 0", null),
    };

    public IEnumerable<YamlNode> List(YamlMappingNode map, string key, bool required) => Child(map, key) switch
    {
        null when required => ErrorValue<IEnumerable<YamlNode>>(map, $"'{key}' is missing", []),
        null => [],
        YamlSequenceNode { Children.Count: 0 } node when required => ErrorValue<IEnumerable<YamlNode>>(node, $"'{key}' is empty", []),
        YamlSequenceNode sequence => sequence.Children,
        var node => ErrorValue<IEnumerable<YamlNode>>(node, $"'{key}' must be a list (lines starting with '- ')", []),
    };

    public LocalizedText Text(YamlMappingNode map, string key, bool required) => Child(map, key) switch
    {
        null when required => ErrorValue(map, $"'{key}' is missing (give it per language: {string.Join(", ", languages.Select(l => l + ": …"))})", LocalizedText.Of(languages[0], "")),
        null => LocalizedText.Of(languages[0], ""),
        var node => Localized(node),
    };

    /// <summary>A text per language (<c>{en: …, sv: …}</c>); every site language must be present and non-empty.</summary>
    public LocalizedText Localized(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            return ErrorValue(node, $"give this text per language: {string.Join(", ", languages.Select(l => l + ": …"))}", LocalizedText.Of(languages[0], ""));
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var language = (key as YamlScalarNode)?.Value ?? "";
            if (!languages.Contains(language))
            {
                Error(key, $"'{language}' is not a site language ({string.Join(", ", languages)})");
            }
            else if (value is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                values[language] = text.Trim();
            }
            else
            {
                Error(value, $"the '{language}' text is empty or not plain text");
            }
        }
        foreach (var missing in languages.Where(l => !values.ContainsKey(l) && !map.Children.ContainsKey(new YamlScalarNode(l))))
        {
            Error(map, $"the '{missing}' text is missing");
        }
        return new LocalizedText(values);
    }
}
