namespace PmoPlaybook.ResultStore.Files;

/// <summary>
/// Answers "can results be written here?" by doing it: permission bits say little when the app runs as root,
/// in a container, or on a read-only mount, while creating and deleting a file says it all.
/// </summary>
internal static class FolderProbe
{
    public static StoreCheck Check(string root, string what)
    {
        try
        {
            Directory.CreateDirectory(root);
            var probe = Path.Combine(root, $"{DurableFile.TempPrefix}probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return StoreCheck.Ok($"{what} {root} is writable");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return StoreCheck.Unusable($"{what} {root} is not writable: {e.Message}");
        }
    }
}
