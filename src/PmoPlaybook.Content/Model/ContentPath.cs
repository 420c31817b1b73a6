namespace PmoPlaybook.Content.Model;

/// <summary>
/// A page's place in content/: "en/roles/pace-keeper.md". Everything else about where a page lives
/// (its language, its translation key, its URL, its output file) is derived from this one string.
/// </summary>
public sealed record ContentPath
{
    private ContentPath(string value, string language, string key)
    {
        Value = value;
        Language = language;
        Key = key;
    }

    /// <summary>Forward-slash path relative to the content root, e.g. "en/roles/pace-keeper.md".</summary>
    public string Value { get; }

    /// <summary>The first folder: "en".</summary>
    public string Language { get; }

    /// <summary>The path below the language folder; translations share it: "roles/pace-keeper.md".</summary>
    public string Key { get; }

    public bool IsIndex => FileName == "index.md";

    public string FileName => Value[(Value.LastIndexOf('/') + 1)..];

    /// <summary>The folder holding the page, relative to the content root: "en/roles".</summary>
    public string Directory => Value[..Value.LastIndexOf('/')];

    /// <summary>Site-relative URL path without base path: "/en/roles/pace-keeper/".</summary>
    public string UrlPath
    {
        get
        {
            var withoutExtension = Value[..^".md".Length];
            if (IsIndex)
            {
                withoutExtension = withoutExtension[..^"index".Length];
                return "/" + withoutExtension;
            }
            return "/" + withoutExtension + "/";
        }
    }

    /// <summary>The file the generator writes, relative to the output root: "en/roles/pace-keeper/index.html".</summary>
    public string OutputFile => UrlPath.TrimStart('/') + "index.html";

    public ContentPath WithLanguage(string language) => Parse(language + "/" + Key);

    public static ContentPath Parse(string relativePath)
    {
        var value = relativePath.Replace('\\', '/').TrimStart('/');
        var slash = value.IndexOf('/');
        if (slash <= 0 || !value.EndsWith(".md", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' is not a page path of the form lang/…/name.md.", nameof(relativePath));
        }
        return new ContentPath(value, value[..slash], value[(slash + 1)..]);
    }

    public override string ToString() => Value;
}
