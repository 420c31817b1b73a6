using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoPlaybook.Theme.I18n;

/// <summary>
/// Reads one i18n file into <see cref="UiText"/> by the shape of the classes themselves: a string property
/// <c>NotFoundTitle</c> is the key <c>not_found_title</c>, a property holding a text class (<c>Changes</c>) is a
/// nested mapping, a string dictionary (<c>LanguageNames</c>) is an open mapping. So the C# types are the one
/// list of keys, and adding a text to the theme is a property plus a line in each file.
/// </summary>
internal static partial class UiTextReader
{
    public static UiTextFile Read(string language, string path, UiText? fallback)
    {
        var fileName = Path.GetFileName(path);
        var problems = new List<UiTextProblem>();
        var missing = new List<string>();
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path, Encoding.UTF8))
            {
                stream.Load(reader);
            }
            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping ? mapping : new YamlMappingNode();
        }
        catch (YamlException e)
        {
            problems.Add(new UiTextProblem((int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {e.Message}"));
            return new UiTextFile(language, fileName, fallback ?? (UiText)Section(typeof(UiText), new YamlMappingNode(), "", null, [], []), [], problems);
        }
        var text = (UiText)Section(typeof(UiText), root, "", fallback, missing, problems);
        return new UiTextFile(language, fileName, text, missing, problems);
    }

    // One text class from one mapping: every property from its key, or from the fallback when the key is absent.
    private static object Section(Type type, YamlMappingNode node, string prefix, object? fallback, List<string> missing, List<UiTextProblem> problems)
    {
        var section = Activator.CreateInstance(type)!;
        var properties = Properties(type);
        foreach (var (keyNode, _) in node.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key } && !properties.ContainsKey(key))
            {
                problems.Add(new UiTextProblem((int)keyNode.Start.Line, (int)keyNode.Start.Column,
                    $"unknown key '{prefix}{key}': the theme has no such text (a typo, or a text the theme no longer uses?)"));
            }
        }
        foreach (var (key, property) in properties)
        {
            var value = node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
            var fallbackValue = fallback is null ? null : property.GetValue(fallback);
            property.SetValue(section, property.PropertyType switch
            {
                var t when t == typeof(string) => Leaf(value, prefix + key, (string?)fallbackValue, missing, problems),
                var t when t == typeof(IReadOnlyDictionary<string, string>) => Names(value, prefix + key, problems),
                var t => Section(t, value as YamlMappingNode ?? new YamlMappingNode(), prefix + key + ".", fallbackValue, missing, problems),
            });
        }
        return section;
    }

    private static string Leaf(YamlNode? node, string key, string? fallback, List<string> missing, List<UiTextProblem> problems)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 } value })
        {
            missing.Add(key);
            return fallback ?? "";
        }
        // A translation may leave out a placeholder but not add one the page does not fill: string.Format would throw.
        var arguments = new object[Placeholders(fallback ?? value)];
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, value, arguments);
        }
        catch (FormatException)
        {
            problems.Add(new UiTextProblem((int)node.Start.Line, (int)node.Start.Column,
                $"'{key}' uses a placeholder the page does not fill: only {{0}} to {{{arguments.Length - 1}}} are given (see en.yml), and a literal brace is written {{{{ or }}}}"));
            return fallback ?? value;
        }
        return value;
    }

    private static IReadOnlyDictionary<string, string> Names(YamlNode? node, string key, List<UiTextProblem> problems)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
        {
            return names;
        }
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(new UiTextProblem((int)node.Start.Line, (int)node.Start.Column, $"'{key}' must be a mapping of language codes to names"));
            return names;
        }
        foreach (var (code, name) in mapping.Children)
        {
            if (code is YamlScalarNode { Value: { } c } && name is YamlScalarNode { Value: { Length: > 0 } n })
            {
                names[c] = n;
            }
        }
        return names;
    }

    private static int Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();

    /// <summary>Every key a complete file has, dotted ("changes.owner"), in the order of the classes.</summary>
    public static IEnumerable<string> Keys(Type type, string prefix = "") =>
        Properties(type).SelectMany(p => p.Value.PropertyType == typeof(string) ? [prefix + p.Key]
            : p.Value.PropertyType == typeof(IReadOnlyDictionary<string, string>) ? []
            : Keys(p.Value.PropertyType, prefix + p.Key + "."));

    /// <summary>Every text of a text object by its dotted key (language names aside).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Values(object text, string prefix = "") =>
        Properties(text.GetType()).SelectMany(p => p.Value.PropertyType == typeof(string) ? [new KeyValuePair<string, string>(prefix + p.Key, (string)p.Value.GetValue(text)!)]
            : p.Value.PropertyType == typeof(IReadOnlyDictionary<string, string>) ? []
            : Values(p.Value.GetValue(text)!, prefix + p.Key + "."));

    private static Dictionary<string, PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .ToDictionary(p => SnakeCase(p.Name), StringComparer.Ordinal);

    private static string SnakeCase(string name) => UpperCase().Replace(name, m => (m.Index > 0 ? "_" : "") + m.Value.ToLowerInvariant());

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperCase();

    [GeneratedRegex(@"(?<!\{)\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
