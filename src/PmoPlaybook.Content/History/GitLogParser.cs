using System.Globalization;
using System.Text;

namespace PmoPlaybook.Content.History;

/// <summary>
/// Reads the output of one <c>git log -z --name-status -M</c> over content/ (newest commit first) in a
/// single pass. Renames are followed backwards: once a commit renamed a.md to b.md, older commits that
/// touched a.md count for b.md, so a moved page keeps its dates and contributors. Works on a stream, so
/// a long history is never held in memory whole.
/// </summary>
public static class GitLogParser
{
    /// <summary>
    /// The <c>--format</c> the parser expects: a record separator, then hash, author name (.mailmap
    /// applied), committer date (strict ISO 8601) and subject, separated by unit separators; characters
    /// that never appear in names, dates or one-line subjects, so no quoting is needed.
    /// </summary>
    public const string Format = "%x1e%H%x1f%aN%x1f%cI%x1f%s";

    /// <summary>How many recent commits to keep per top-level folder (a language), for "What changed".</summary>
    public const int RecentPerFolder = 50;

    private const char RecordStart = '\x1e';
    private const char FieldSeparator = '\x1f';

    public static ContentHistory Parse(TextReader output, string repositoryPrefix, int recentPerFolder = RecentPerFolder)
    {
        var state = new State(recentPerFolder);
        using var tokens = Tokens(output).GetEnumerator();
        Header? header = null;
        var changes = new List<Change>();
        while (tokens.MoveNext())
        {
            var token = tokens.Current.TrimStart('\n');
            if (token.Length == 0)
            {
                continue;
            }
            if (token[0] == RecordStart)
            {
                if (header is not null)
                {
                    state.Add(header, changes);
                }
                header = ParseHeader(token[1..]);
                changes = [];
                continue;
            }
            // A status (M, A, D, T, R100, C75) and its path; a rename or copy has the old path first.
            var status = token[0];
            string? from = null;
            if (status is 'R' or 'C')
            {
                if (!tokens.MoveNext())
                {
                    break;
                }
                from = tokens.Current;
            }
            if (!tokens.MoveNext())
            {
                break;
            }
            var path = tokens.Current;
            var change = status switch
            {
                'A' or 'C' => FileChange.Added, // a copy is a new file; its source keeps its own history
                'D' => FileChange.Deleted,
                'R' => FileChange.Renamed,
                _ => FileChange.Modified,
            };
            changes.Add(new Change(change, path, status == 'R' ? from : null));
        }
        if (header is not null)
        {
            state.Add(header, changes);
        }
        return new ContentHistory(repositoryPrefix, state.Files(), state.Recent);
    }

    private static Header? ParseHeader(string text)
    {
        var fields = text.Split(FieldSeparator, 4);
        return fields.Length == 4 && DateTimeOffset.TryParse(fields[2], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new Header(fields[0], fields[1], date, fields[3])
            : null;
    }

    /// <summary>The NUL-separated fields of <c>git log -z</c>.</summary>
    private static IEnumerable<string> Tokens(TextReader reader)
    {
        var buffer = new char[16 * 1024];
        var token = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\0')
                {
                    yield return token.ToString();
                    token.Clear();
                }
                else
                {
                    token.Append(buffer[i]);
                }
            }
        }
        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    private sealed record Header(string Id, string Author, DateTimeOffset Date, string Subject);

    private sealed record Change(FileChange Kind, string Path, string? RenamedFrom);

    /// <summary>Everything gathered so far, walking from the newest commit to the oldest.</summary>
    private sealed class State(int recentPerFolder)
    {
        // A path as older commits name it → the file's name now (null: that file no longer exists).
        // A path not in here has not been renamed, added or removed since, so it still names itself.
        private readonly Dictionary<string, string?> _nameNow = new(StringComparer.Ordinal);
        private readonly Dictionary<string, FileHistoryBuilder> _files = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _recentPerFolder = new(StringComparer.Ordinal);

        public List<ContentCommit> Recent { get; } = [];

        public void Add(Header? header, List<Change> changes)
        {
            if (header is null || changes.Count == 0)
            {
                return; // an unreadable header, or a commit whose changes are all outside content/
            }
            var files = changes
                .Select(c => new CommitFile(c.Path, c.Kind, c.Kind == FileChange.Deleted ? null : NameNow(c.Path)))
                .ToArray();
            foreach (var current in files.Select(f => f.CurrentPath).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (!_files.TryGetValue(current, out var builder))
                {
                    _files[current] = builder = new FileHistoryBuilder();
                }
                builder.Add(header.Author, header.Date);
            }

            // Before this commit, a file it added, removed or renamed into place did not exist under that
            // name: older commits touching the name are about another file. A rename's old name is this file.
            foreach (var change in changes.Where(c => c.Kind != FileChange.Modified))
            {
                _nameNow[change.Path] = null;
            }
            for (var i = 0; i < changes.Count; i++)
            {
                if (changes[i].RenamedFrom is { } from)
                {
                    _nameNow[from] = files[i].CurrentPath;
                }
            }

            var folders = files.Select(f => Folder(f.Path)).Distinct(StringComparer.Ordinal).ToArray();
            if (folders.Any(f => _recentPerFolder.GetValueOrDefault(f) < recentPerFolder))
            {
                Recent.Add(new ContentCommit(header.Id, header.Date, header.Author, header.Subject, files));
                foreach (var folder in folders)
                {
                    _recentPerFolder[folder] = _recentPerFolder.GetValueOrDefault(folder) + 1;
                }
            }
        }

        public Dictionary<string, PageHistory> Files() =>
            _files.ToDictionary(f => f.Key, f => f.Value.Build(), StringComparer.Ordinal);

        private string? NameNow(string path) => _nameNow.TryGetValue(path, out var now) ? now : path;

        private static string Folder(string path) => path.Contains('/') ? path[..path.IndexOf('/')] : "";
    }

    private sealed class FileHistoryBuilder
    {
        // Authors in the order first met, which walking newest first is the most recent first.
        private readonly Dictionary<string, int> _commitsByAuthor = new(StringComparer.Ordinal);
        private readonly List<string> _authors = [];
        private DateTimeOffset _last;
        private string? _lastAuthor;
        private int _count;

        public void Add(string author, DateTimeOffset date)
        {
            if (_lastAuthor is null)
            {
                (_last, _lastAuthor) = (date, author);
            }
            _count++;
            if (_commitsByAuthor.TryGetValue(author, out var commits))
            {
                _commitsByAuthor[author] = commits + 1;
            }
            else
            {
                _commitsByAuthor[author] = 1;
                _authors.Add(author);
            }
        }

        /// <summary>Most commits first; among equals, whoever contributed most recently (a stable sort keeps that order).</summary>
        public PageHistory Build() => new(
            _last,
            _lastAuthor!,
            _authors.Select(a => new Contributor(a, _commitsByAuthor[a])).OrderByDescending(c => c.Commits).ToArray(),
            _count);
    }
}
