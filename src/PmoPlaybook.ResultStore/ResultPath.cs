namespace PmoPlaybook.ResultStore;

/// <summary>
/// The only way a record's path reaches the file system or a repository. Paths come from the app (an
/// assessment id, a response id, a page slug), so each one is checked against a small, boring alphabet
/// rather than cleaned up: anything unexpected is a bug or an attack, and both should fail loudly.
/// </summary>
public static class ResultPath
{
    /// <summary>Longest accepted path; keeps file names well within every file system's and GitHub's limits.</summary>
    public const int MaxLength = 200;

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="path"/> is a valid result path.</summary>
    /// <returns>The same path, for use in expressions.</returns>
    public static string Validate(string? path, string parameterName = "path")
    {
        var problem = Problem(path);
        if (problem is not null)
        {
            throw new ArgumentException($"Invalid result path '{Printable(path)}': {problem}.", parameterName);
        }
        return path!;
    }

    public static bool IsValid(string? path) => Problem(path) is null;

    /// <summary>
    /// A record's key: what its file name ends with after the last '-', without ".json" (a response's id in
    /// results/{assessment}/{yyyy}/{yyyy-MM-dd}-{id}.json). Records are found by it without listing a folder.
    /// </summary>
    public static string KeyOf(string path)
    {
        Validate(path);
        var name = path[(path.LastIndexOf('/') + 1)..^".json".Length];
        return name[(name.LastIndexOf('-') + 1)..];
    }

    /// <summary>
    /// Validates a folder for listing ("results/pmo-maturity/", "feedback", or "" for everything) and
    /// returns it as a prefix that is empty or ends with one slash.
    /// </summary>
    public static string ValidateFolder(string? folder, string parameterName = "folder")
    {
        ArgumentNullException.ThrowIfNull(folder, parameterName);
        if (folder.Length == 0)
        {
            return "";
        }
        var trimmed = folder.EndsWith('/') ? folder[..^1] : folder;
        var problem = trimmed.Length == 0 ? "it is only a slash" : SegmentsProblem(trimmed);
        if (problem is not null)
        {
            throw new ArgumentException($"Invalid result folder '{Printable(folder)}': {problem}.", parameterName);
        }
        return trimmed + "/";
    }

    /// <summary>
    /// The absolute file for a validated path under <paramref name="root"/>, checked once more to be inside it
    /// (defence in depth: the alphabet already rules out escapes).
    /// </summary>
    public static string ToFullPath(string root, string path)
    {
        Validate(path);
        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(fullRoot, path.Replace('/', Path.DirectorySeparatorChar)));
        var prefix = Path.EndsInDirectorySeparator(fullRoot) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Result path '{path}' leaves its folder.", nameof(path));
        }
        return full;
    }

    private static string? Problem(string? path)
    {
        if (path is null)
        {
            return "it is missing";
        }
        if (path.Length == 0)
        {
            return "it is empty";
        }
        if (path.Length > MaxLength)
        {
            return $"it is longer than {MaxLength} characters";
        }
        if (!path.EndsWith(".json", StringComparison.Ordinal))
        {
            return "it must end with .json";
        }
        return SegmentsProblem(path);
    }

    private static string? SegmentsProblem(string path)
    {
        if (path.Length > MaxLength)
        {
            return $"it is longer than {MaxLength} characters";
        }
        if (path.StartsWith('/'))
        {
            return "it must be relative";
        }
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "it has an empty segment";
            }
            foreach (var c in segment)
            {
                if (!IsAllowed(c))
                {
                    return "only lower-case letters a-z, digits, '.', '_', '-' and '/' between segments are allowed";
                }
            }
            if (segment[0] == '.')
            {
                // Covers "." and "..", and hidden names such as ".git".
                return "a segment may not start with a dot";
            }
            if (segment[^1] == '.')
            {
                // Windows drops trailing dots, so "a." and "a" would be the same file there.
                return "a segment may not end with a dot";
            }
            if (IsReservedDeviceName(segment))
            {
                return $"'{segment}' is a reserved device name on Windows";
            }
        }
        return null;
    }

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or '-';

    private static bool IsReservedDeviceName(string segment)
    {
        var dot = segment.IndexOf('.', StringComparison.Ordinal);
        var stem = dot < 0 ? segment : segment[..dot];
        return stem is "con" or "prn" or "aux" or "nul"
            || (stem.Length == 4 && (stem.StartsWith("com", StringComparison.Ordinal) || stem.StartsWith("lpt", StringComparison.Ordinal)) && stem[3] is >= '0' and <= '9');
    }

    // Error messages may end up in logs: keep control characters and very long input out of them.
    private static string Printable(string? value)
    {
        if (value is null)
        {
            return "(null)";
        }
        var shown = value.Length > 80 ? value[..80] + "…" : value;
        return string.Concat(shown.Select(c => char.IsControl(c) ? '?' : c));
    }
}
