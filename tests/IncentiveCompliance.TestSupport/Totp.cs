using System.Buffers.Binary;
using System.Security.Cryptography;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// What an authenticator app on a phone computes (RFC 6238: HMAC-SHA1 over 30-second steps, six digits), written from the
/// RFC, so the tests check the server against the standard rather than against its own code.
/// </summary>
public static class Totp
{
    /// <summary>The code for the key inside an <c>otpauth://</c> address, at the given time (now by default).</summary>
    public static string CodeFor(string authenticatorUri, DateTimeOffset? at = null)
    {
        var query = new Uri(authenticatorUri).Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        return CodeForKey(query["secret"], at);
    }

    /// <summary>The code for a key as a person types it into the app (Base32, spaces and case ignored).</summary>
    public static string CodeForKey(string key, DateTimeOffset? at = null)
    {
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(Base32(key.Replace(" ", "", StringComparison.Ordinal)), counter);
        var offset = hash[^1] & 0x0f;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
