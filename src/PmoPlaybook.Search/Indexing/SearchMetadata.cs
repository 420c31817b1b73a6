using System.Text.Json;

namespace PmoPlaybook.Search.Indexing;

/// <summary>
/// What the app needs to know about the site to render its search page, written beside the index by the
/// same build, so the app never reads content/ (data flows one way).
/// </summary>
public sealed record SearchMetadata(string BasePath, IReadOnlyList<SearchLanguage> Languages, IReadOnlyList<string> Types)
{
    public const string FileName = "pmo-search.json";

    public void Write(string indexDirectory) =>
        File.WriteAllText(Path.Combine(indexDirectory, FileName), JsonSerializer.Serialize(this, JsonSerializerOptions.Web));

    public static SearchMetadata? Read(string indexDirectory)
    {
        var file = Path.Combine(indexDirectory, FileName);
        return File.Exists(file) ? JsonSerializer.Deserialize<SearchMetadata>(File.ReadAllText(file), JsonSerializerOptions.Web) : null;
    }
}

public sealed record SearchLanguage(string Code, string Name);
