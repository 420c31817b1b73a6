namespace PmoPlaybook.Theme.I18n;

/// <summary>
/// Every language the theme has words for: one file per language, <c>{code}.yml</c>, in
/// themes/default/i18n (shipped next to the assembly, see the .csproj). English (en.yml) is the reference:
/// its keys are the ones every language needs, and it fills in what another language's file lacks.
/// </summary>
public sealed class UiTextCatalog
{
    public const string ReferenceLanguage = "en";

    /// <summary>Where the theme's i18n files live in the repository, as `pmo check` names them.</summary>
    public const string SourceDirectory = "themes/default/i18n";

    private static readonly Lazy<UiTextCatalog> Shipped = new(() => Load(ShippedDirectory));

    private readonly IReadOnlyDictionary<string, UiTextFile> files;
    private readonly UiText fallback;

    private UiTextCatalog(IReadOnlyDictionary<string, UiTextFile> files, UiText fallback)
    {
        this.files = files;
        this.fallback = fallback;
    }

    /// <summary>Every key a complete file has, dotted ("changes.owner"), in the order of the text classes.</summary>
    public static IReadOnlyList<string> Keys { get; } = UiTextReader.Keys(typeof(UiText)).ToArray();

    /// <summary>Every text of a language by its dotted key, as its file has it (tests compare languages with it).</summary>
    public static IReadOnlyDictionary<string, string> Texts(UiText text) => UiTextReader.Values(text).ToDictionary();

    /// <summary>The theme's own files as shipped next to the assembly.</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "theme", "i18n");

    /// <summary>The catalog every page is rendered with.</summary>
    public static UiTextCatalog Theme => Shipped.Value;

    public IReadOnlyCollection<UiTextFile> Files => (IReadOnlyCollection<UiTextFile>)files.Values;

    public UiTextFile? File(string language) => files.GetValueOrDefault(language);

    /// <summary>The text of a language; English for a language without a file.</summary>
    public UiText For(string language) => files.GetValueOrDefault(language)?.Text ?? fallback;

    /// <summary>Reads every *.yml in a folder; a folder without en.yml is a broken installation, not a content error.</summary>
    public static UiTextCatalog Load(string directory)
    {
        var reference = Path.Combine(directory, ReferenceLanguage + ".yml");
        if (!System.IO.File.Exists(reference))
        {
            throw new FileNotFoundException($"The theme's reference UI text {reference} is missing.", reference);
        }
        var english = UiTextReader.Read(ReferenceLanguage, reference, null);
        var files = new Dictionary<string, UiTextFile>(StringComparer.Ordinal) { [ReferenceLanguage] = english };
        foreach (var path in Directory.EnumerateFiles(directory, "*.yml").Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileNameWithoutExtension(path);
            if (language != ReferenceLanguage)
            {
                files[language] = UiTextReader.Read(language, path, english.Text);
            }
        }
        return new UiTextCatalog(files, english.Text);
    }
}
