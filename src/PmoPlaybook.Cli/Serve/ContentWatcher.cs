using System.Threading.Channels;

namespace PmoPlaybook.Cli.Serve;

/// <summary>A batch of changes seen together: content-relative paths, and whether the theme changed.</summary>
public sealed record ChangeBatch(IReadOnlyCollection<string> ContentPaths, bool ThemeAssetsChanged, bool ThemeComponentsChanged);

/// <summary>
/// Watches content/ and the theme and hands out changes in batches: editors save a file as several
/// events (write, rename, touch), so events arriving within a short quiet period are one batch.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _content;
    private readonly string? _theme;

    public ContentWatcher(string contentDirectory, string? themeDirectory)
    {
        _content = Path.GetFullPath(contentDirectory);
        _theme = themeDirectory is not null && Directory.Exists(themeDirectory) ? Path.GetFullPath(themeDirectory) : null;
        Watch(_content);
        if (_theme is not null)
        {
            Watch(_theme);
        }
    }

    public async IAsyncEnumerable<ChangeBatch> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await _events.Reader.WaitToReadAsync(cancellationToken))
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            do
            {
                while (_events.Reader.TryRead(out var path))
                {
                    paths.Add(path);
                }
                await Task.Delay(Quiet, cancellationToken);
            }
            while (_events.Reader.TryPeek(out _));

            var content = paths.Where(p => IsUnder(p, _content)).Select(p => Path.GetRelativePath(_content, p).Replace('\\', '/')).Where(IsInteresting).ToArray();
            var theme = paths.Where(p => _theme is not null && IsUnder(p, _theme)).Where(p => IsInteresting(Path.GetFileName(p))).ToArray();
            var assets = theme.Any(p => p.Contains($"{Path.DirectorySeparatorChar}wwwroot{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            var components = theme.Any(p => p.EndsWith(".razor", StringComparison.Ordinal) || p.EndsWith(".cs", StringComparison.Ordinal));
            if (content.Length > 0 || assets || components)
            {
                yield return new ChangeBatch(content, assets, components);
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private void Watch(string directory)
    {
        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => _events.Writer.TryWrite(e.FullPath);
        watcher.Created += (_, e) => _events.Writer.TryWrite(e.FullPath);
        watcher.Deleted += (_, e) => _events.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            _events.Writer.TryWrite(e.OldFullPath);
            _events.Writer.TryWrite(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Skips editor droppings (swap files, backups, hidden files) and build output inside the theme.</summary>
    private static bool IsInteresting(string relativePath) =>
        !relativePath.Split('/', '\\').Any(part => part.StartsWith('.') || part is "bin" or "obj")
        && !relativePath.EndsWith('~')
        && !relativePath.EndsWith(".swp", StringComparison.Ordinal)
        && !relativePath.EndsWith(".tmp", StringComparison.Ordinal);
}
