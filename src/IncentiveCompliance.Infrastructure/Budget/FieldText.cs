using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>
/// Turns a field's bytes into text. MEF publishes UTF-8, but files saved again on Windows come as Latin-1, in practice
/// Windows-1252: the same letters (ñ, tildes) plus the dashes and curly quotes that Latin-1 lacks. Each field is
/// decoded as UTF-8 when its bytes are valid UTF-8 and as Windows-1252 otherwise; a Latin-1 accented letter followed
/// by a plain one is never valid UTF-8, so no file-wide guess is needed.
/// </summary>
internal static class FieldText
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <param name="raw">The field without its surrounding quotes.</param>
    /// <param name="hasDoubledQuotes">Whether <paramref name="raw"/> holds <c>""</c> pairs standing for one quote each.</param>
    public static string Decode(ReadOnlySpan<byte> raw, bool hasDoubledQuotes)
    {
        if (!hasDoubledQuotes)
        {
            return Decode(raw);
        }

        var rented = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            var length = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                rented[length++] = raw[i];
                if (raw[i] == (byte)'"')
                {
                    i++; // the second quote of the pair
                }
            }

            return Decode(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static string Decode(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Windows1252.GetString(bytes);
}
