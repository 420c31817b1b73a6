using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace PmoPlaybook.Assessments.Responses;

/// <summary>
/// A response's id: 128 random bits in lowercase base32 (26 characters). It is also the result page's URL,
/// so it must be unguessable; and because it ends up in a file name, anything else from a URL is refused.
/// </summary>
public static partial class ResponseId
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    [GeneratedRegex("^[a-z2-7]{26}$")]
    private static partial Regex Pattern();

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Encode(bytes);
    }

    /// <summary>
    /// The id of the response a client sent with an idempotency key (<see cref="SubmissionKey"/>): the same key
    /// gives the same id, so a retried submission finds the first one. As unguessable as the key (at least
    /// 96 bits), and nothing about the key can be read back from it.
    /// </summary>
    public static string ForKey(string assessmentId, string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"pmo-response\n{assessmentId}\n{key}"), hash);
        return Encode(hash[..16]);
    }

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[26];
        var buffer = 0;
        var bits = 0;
        var index = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[index++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        chars[index] = Alphabet[(buffer << (5 - bits)) & 31];
        return new string(chars);
    }

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);
}
