using System.Text;

namespace PmoPlaybook.ResultStore.Files;

/// <summary>
/// The committed side of the results, as files under Results:RepositoryPath: the git store's working tree,
/// or the GitHub store's local mirror. Only paths that pass <see cref="ResultPath"/> are read or listed,
/// so ".git" and stray files are never served. Paths are also known by their key
/// (<see cref="ResultPath.KeyOf"/>): the folder is listed once, on the first lookup, and every later
/// <see cref="Write"/> adds to that index, so finding a result never lists or parses the others.
/// </summary>
public sealed class CommittedFiles(string root)
{
    private readonly Lock _gate = new();
    private Dictionary<string, List<string>>? _byKey;

    public string Root { get; } = Path.GetFullPath(root);

    public string FullPath(string path) => ResultPath.ToFullPath(Root, path);

    public string? Read(string path)
    {
        var file = FullPath(path);
        try
        {
            return File.Exists(file) ? File.ReadAllText(file, Encoding.UTF8) : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Writes a committed record durably (the GitHub mirror; the git store's working tree).</summary>
    public void Write(ResultRecord record)
    {
        DurableFile.Write(FullPath(record.Path), Encoding.UTF8.GetBytes(record.Content));
        lock (_gate)
        {
            if (_byKey is not null)
            {
                Add(_byKey, record.Path);
            }
        }
    }

    /// <summary>Paths under a folder prefix ("" or ending with '/') whose key is <paramref name="key"/>.</summary>
    public IReadOnlyList<string> Find(string folderPrefix, string key)
    {
        lock (_gate)
        {
            _byKey ??= BuildIndex();
            return _byKey.TryGetValue(key, out var paths)
                ? [.. paths.Where(p => p.StartsWith(folderPrefix, StringComparison.Ordinal))]
                : [];
        }
    }

    /// <summary>Paths of every valid result file under a folder prefix ("" or ending with '/').</summary>
    public IEnumerable<string> List(string folderPrefix)
    {
        var start = folderPrefix.Length == 0 ? Root : Path.Combine(Root, folderPrefix.TrimEnd('/').Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(start))
        {
            return [];
        }
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(start, "*.json", options)
            .Select(file => Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(ResultPath.IsValid);
    }

    /// <summary>Whether results can be written here: the folder exists or can be made, and a file can be created in it.</summary>
    public StoreCheck CheckWritable(string what) => FolderProbe.Check(Root, what);

    private Dictionary<string, List<string>> BuildIndex()
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in List(""))
        {
            Add(index, path);
        }
        return index;
    }

    private static void Add(Dictionary<string, List<string>> index, string path)
    {
        var key = ResultPath.KeyOf(path);
        if (!index.TryGetValue(key, out var paths))
        {
            index[key] = paths = [];
        }
        if (!paths.Contains(path, StringComparer.Ordinal))
        {
            paths.Add(path);
        }
    }
}
