using Microsoft.Extensions.Options;
using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Search.Querying;

namespace PmoPlaybook.Web.Assessments;

/// <summary>
/// The assessment definitions the app serves, read from content/assessments and read again when a file
/// there changes (checked at most every two seconds), so `pmo serve` picks up edits without a restart.
/// A definition with errors is left out and its problems logged; `pmo check` names them with lines.
/// </summary>
public sealed class AssessmentCatalog(IOptions<AssessmentOptions> options, SearchIndex index, TimeProvider clock, ILogger<AssessmentCatalog> logger)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private DefinitionSet _set = new([], []);
    private string _stamp = "";
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public string Folder => Path.GetFullPath(options.Value.DefinitionsDirectory);

    /// <summary>The site's languages as the build recorded them; definitions must give text in each.</summary>
    public IReadOnlyList<string> Languages =>
        index.Metadata?.Languages.Select(l => l.Code).ToArray() is { Length: > 0 } codes ? codes : ["en", "sv"];

    public IReadOnlyList<AssessmentDefinition> All => Current.Definitions;

    public AssessmentDefinition? Find(string id) => DefinitionReader.IdPattern().IsMatch(id) ? Current.Find(id) : null;

    private DefinitionSet Current
    {
        get
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                if (now - _checkedAt < CheckEvery)
                {
                    return _set;
                }
                _checkedAt = now;
                var stamp = Stamp();
                if (stamp != _stamp)
                {
                    _set = DefinitionReader.ReadFolder(Folder, Languages);
                    _stamp = stamp;
                    foreach (var problem in _set.Diagnostics)
                    {
                        logger.Log(problem.IsError ? LogLevel.Error : LogLevel.Warning, "Assessment definition problem: {Problem}", problem.ToString());
                    }
                    logger.LogInformation("Loaded {Count} assessment definition(s) from {Folder}", _set.Definitions.Count, Folder);
                }
                return _set;
            }
        }
    }

    private string Stamp() => Directory.Exists(Folder)
        ? string.Join('|', Directory.EnumerateFiles(Folder, "*.yml").Order(StringComparer.Ordinal).Select(f => f + ":" + File.GetLastWriteTimeUtc(f).Ticks))
        : "";
}
