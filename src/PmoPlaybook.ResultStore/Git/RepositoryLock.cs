namespace PmoPlaybook.ResultStore.Git;

/// <summary>
/// The results repository has one writer: this process holds an exclusive lock on .git/pmo-writer.lock for
/// as long as its store lives. It is an advisory lock of the operating system (flock on Linux and macOS),
/// so the kernel drops it when the process dies, however it dies: a lock that is held always belongs to a
/// live writer, and a second app instance pointed at the same repository is told so instead of racing it.
/// Holding it is also what makes removing git lock files left by this writer's own killed commands safe.
/// </summary>
internal sealed class RepositoryLock : IDisposable
{
    public const string FileName = "pmo-writer.lock";

    private readonly FileStream _stream;

    private RepositoryLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null when another process holds it.</summary>
    public static RepositoryLock? TryAcquire(string gitDirectory)
    {
        try
        {
            // FileShare.None is what makes .NET take the exclusive OS lock (and fail at once if it is taken).
            return new RepositoryLock(new FileStream(Path.Combine(gitDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(Path.Combine(gitDirectory, FileName)))
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
