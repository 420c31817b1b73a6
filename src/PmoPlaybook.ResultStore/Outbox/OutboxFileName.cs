using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PmoPlaybook.ResultStore.Outbox;

/// <summary>
/// Outbox file names: "{utc ticks, 19 digits}-{sequence, 6 digits}-{8 hex of the path's hash}.json".
/// Sorting the names ordinally gives the order of arrival; the sequence separates records that arrive in the
/// same tick, and the hash makes a name readable as "which record" without putting user data in it.
/// </summary>
internal static class OutboxFileName
{
    public static string Create(long ticks, int sequence, string path)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..8];
        return string.Create(CultureInfo.InvariantCulture, $"{ticks:D19}-{sequence % 1_000_000:D6}-{hash}.json");
    }

    public static bool TryParseTicks(string fileName, out long ticks)
    {
        ticks = 0;
        return fileName.Length > 20 && fileName[19] == '-' && fileName.EndsWith(".json", StringComparison.Ordinal)
            && long.TryParse(fileName.AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture, out ticks)
            && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks;
    }
}
