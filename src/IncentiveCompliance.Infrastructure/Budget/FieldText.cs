using System.Buffers;
using IncentiveCompliance.Core.Common.Files;

namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>
/// Turns a field's bytes into text. MEF publishes UTF-8, but files saved again on Windows come in the legacy code page;
/// each field is decoded on its own by <see cref="LegacyText"/>, so no file-wide guess is needed.
/// </summary>
internal static class FieldText
{
    /// <param name="raw">The field without its surrounding quotes.</param>
    /// <param name="hasDoubledQuotes">Whether <paramref name="raw"/> holds <c>""</c> pairs standing for one quote each.</param>
    public static string Decode(ReadOnlySpan<byte> raw, bool hasDoubledQuotes)
    {
        if (!hasDoubledQuotes)
        {
            return LegacyText.Decode(raw);
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

            return LegacyText.Decode(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
