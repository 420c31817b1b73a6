using System.Security.Cryptography;
using System.Text;

namespace PmoPlaybook.ResultStore.GitHub;

/// <summary>
/// Git's object id of a file's content. GitHub reports it for every file, so comparing it with ours says
/// "already committed with the same content" without decoding anything.
/// </summary>
public static class GitBlob
{
    public static string Sha(string content) => Sha(Encoding.UTF8.GetBytes(content));

    public static string Sha(ReadOnlySpan<byte> content)
    {
        var header = Encoding.ASCII.GetBytes($"blob {content.Length}\0");
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha.AppendData(header);
        sha.AppendData(content);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
