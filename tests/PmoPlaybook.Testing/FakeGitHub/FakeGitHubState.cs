using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace PmoPlaybook.Testing.FakeGitHub;

/// <summary>A commit the fake API recorded: what a test asserts on.</summary>
public sealed record FakeCommit(string Sha, string Message, string Path, string Branch);

/// <summary>A pull request the fake API holds.</summary>
public sealed record FakePullRequest(int Number, string Title, string Head, string Base, string Body, bool Open);

/// <summary>
/// The fake repository in memory: commits are snapshots of path → content, branches point at commits.
/// One lock around everything: the fake is for correctness, not speed.
/// </summary>
internal sealed class FakeGitHubState
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ImmutableSortedDictionary<string, string>> _snapshots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _branches = new(StringComparer.Ordinal);
    private readonly List<FakeCommit> _commits = [];
    private readonly List<FakePullRequest> _pulls = [];
    private int _sequence;

    public FakeGitHubState(string defaultBranch)
    {
        var root = NewSha("root");
        _snapshots[root] = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        _branches[defaultBranch] = root;
    }

    public IReadOnlyList<FakeCommit> Commits
    {
        get
        {
            lock (_gate)
            {
                return [.. _commits];
            }
        }
    }

    public IReadOnlyList<FakePullRequest> PullRequests
    {
        get
        {
            lock (_gate)
            {
                return [.. _pulls];
            }
        }
    }

    public IReadOnlyDictionary<string, string> Branches
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_branches, StringComparer.Ordinal);
            }
        }
    }

    public string? BranchHead(string branch)
    {
        lock (_gate)
        {
            return _branches.GetValueOrDefault(branch);
        }
    }

    /// <summary>The branches whose full ref ("refs/heads/x") starts with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<(string Branch, string Sha)> BranchesStartingWith(string prefix)
    {
        lock (_gate)
        {
            return [.. _branches.Where(b => ("refs/heads/" + b.Key).StartsWith(prefix, StringComparison.Ordinal)).OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => (b.Key, b.Value))];
        }
    }

    public bool TryGetFile(string branch, string path, out string content)
    {
        lock (_gate)
        {
            content = "";
            return _branches.TryGetValue(branch, out var head) && _snapshots[head].TryGetValue(path, out content!);
        }
    }

    public FakeCommit? PutFile(string branch, string path, string content, string message)
    {
        lock (_gate)
        {
            if (!_branches.TryGetValue(branch, out var head))
            {
                return null;
            }
            var sha = NewSha(message);
            _snapshots[sha] = _snapshots[head].SetItem(path, content);
            _branches[branch] = sha;
            var commit = new FakeCommit(sha, message, path, branch);
            _commits.Add(commit);
            return commit;
        }
    }

    /// <summary>Creates a branch at a commit; false when the branch exists or the commit does not.</summary>
    public bool CreateBranch(string branch, string sha)
    {
        lock (_gate)
        {
            if (_branches.ContainsKey(branch) || !_snapshots.ContainsKey(sha))
            {
                return false;
            }
            _branches[branch] = sha;
            return true;
        }
    }

    public FakePullRequest? OpenPullRequest(string title, string head, string @base, string body)
    {
        lock (_gate)
        {
            if (!_branches.ContainsKey(head) || !_branches.ContainsKey(@base)
                || _pulls.Any(p => p.Open && p.Head == head && p.Base == @base))
            {
                return null;
            }
            var pull = new FakePullRequest(_pulls.Count + 1, title, head, @base, body, Open: true);
            _pulls.Add(pull);
            return pull;
        }
    }

    private string NewSha(string seed) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"{++_sequence}:{seed}")));
}
