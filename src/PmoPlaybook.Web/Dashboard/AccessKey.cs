using System.Security.Cryptography;
using System.Text;

namespace PmoPlaybook.Web.Dashboard;

/// <summary>
/// The dashboard's access key, known to the app only as its SHA-256 hash. The key is long and random (see
/// <see cref="NewKey"/>), so a plain hash is enough: there is no short password to guess from it.
/// </summary>
public static class AccessKey
{
    public static bool IsHash(string? hash) => hash is { Length: 64 } && hash.All(char.IsAsciiHexDigit);

    /// <summary>Lowercase hex SHA-256 of the key's UTF-8 bytes: what <c>printf %s "$KEY" | sha256sum</c> prints.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="expectedHash"/>, in time that does not depend on where they differ.</summary>
    public static bool Matches(string? key, string expectedHash)
    {
        if (key is null || !IsHash(expectedHash))
        {
            return false;
        }
        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), actual);
        return CryptographicOperations.FixedTimeEquals(actual, Convert.FromHexString(expectedHash));
    }

    /// <summary>A new key: 32 random bytes, URL-safe base64 (43 characters).</summary>
    public static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
