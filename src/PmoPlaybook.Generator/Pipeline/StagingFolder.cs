namespace PmoPlaybook.Generator.Pipeline;

/// <summary>
/// A whole output folder (the site, the search index) built beside the published one and swapped in only
/// when complete, so a failed or interrupted build leaves the previous one as it was.
/// </summary>
public static class StagingFolder
{
    /// <summary>A fresh, empty folder beside the target, named after this process so builds never share one.</summary>
    public static string For(string target)
    {
        var staging = $"{Path.GetFullPath(target)}.staging-{Environment.ProcessId}";
        DeleteIfExists(staging);
        return staging;
    }

    /// <summary>Replaces the output folder with the staging one; the old one is moved aside first, then removed.</summary>
    public static void Swap(string staging, string output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        var old = $"{output}.old-{Environment.ProcessId}-{Guid.NewGuid():N}";
        Directory.Move(output, old);
        Directory.Move(staging, output);
        DeleteIfExists(old);
    }

    public static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
