using System.Globalization;

namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>
/// An amount as MEF writes it: an optional '-', digits, and optionally '.' and more digits ("-1234567.89"). Nothing
/// else is accepted (no thousands separators, decimal commas, '+', spaces or exponents), so a misread column fails
/// instead of adding a wrong figure. The value is a decimal parsed from the text itself, never through double, so
/// sums are exact to the cent. An empty value is zero.
/// </summary>
internal static class MefAmount
{
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        var unsigned = text[0] == (byte)'-' ? text[1..] : text;
        var point = unsigned.IndexOf((byte)'.');
        var whole = point < 0 ? unsigned : unsigned[..point];
        var fraction = point < 0 ? [] : unsigned[(point + 1)..];
        var wellFormed = IsDigits(whole) && (point < 0 || IsDigits(fraction));

        // decimal's own parser is exact; the check above only narrows what it would accept.
        return wellFormed && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDigits(ReadOnlySpan<byte> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange((byte)'0', (byte)'9');
}
