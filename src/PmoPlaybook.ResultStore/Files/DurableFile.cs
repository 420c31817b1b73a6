using System.Runtime.InteropServices;

namespace PmoPlaybook.ResultStore.Files;

/// <summary>
/// Writes a file so that after a crash or power loss it is either absent or complete: a temporary file in
/// the same folder (so the rename stays on one file system), flushed to disk, renamed over the target, and
/// then the folder itself flushed so the rename is on disk too.
/// </summary>
internal static partial class DurableFile
{
    /// <summary>Prefix of temporary files: such names are never records (a record segment cannot start with a dot).</summary>
    public const string TempPrefix = ".tmp-";

    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $"{TempPrefix}{Guid.NewGuid():N}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        SyncFolder(folder);
    }

    /// <summary>
    /// Deletes what writes cut short by a crash left under <paramref name="root"/> (never acknowledged, so
    /// nobody waits for them), except in the folder named <paramref name="skip"/>.
    /// </summary>
    public static void DeleteTemporaryFiles(string root, string skip)
    {
        if (!Directory.Exists(root))
        {
            return;
        }
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(root, TempPrefix + "*", options))
        {
            TryDelete(file);
        }
        foreach (var folder in Directory.EnumerateDirectories(root, "*", options))
        {
            if (!string.Equals(Path.GetFileName(folder), skip, StringComparison.Ordinal))
            {
                DeleteTemporaryFiles(folder, skip);
            }
        }
    }

    /// <summary>Deletes a file and makes the deletion durable.</summary>
    public static void Delete(string path)
    {
        File.Delete(path);
        SyncFolder(Path.GetDirectoryName(path)!);
    }

    /// <summary>
    /// fsync on the folder, where the platform allows it (Linux, macOS). .NET cannot open a folder as a
    /// stream, hence libc. Windows has no equivalent call and NTFS journals the rename itself.
    /// </summary>
    public static void SyncFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var fd = Open(folder, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            return; // Best effort: the file itself is already flushed.
        }
        try
        {
            _ = Fsync(fd);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
