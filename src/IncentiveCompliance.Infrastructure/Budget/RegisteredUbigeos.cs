using System.Globalization;

namespace IncentiveCompliance.Infrastructure.Budget;

/// <summary>
/// The registered ubigeos keyed by their six digits as a number, so a row's department, province and district codes
/// are looked up straight from the bytes, without building a string for each of the millions of rows skipped.
/// </summary>
internal sealed class RegisteredUbigeos
{
    private readonly Dictionary<int, string> _byKey = [];

    public RegisteredUbigeos(IEnumerable<string> ubigeos)
    {
        foreach (var ubigeo in ubigeos)
        {
            if (ubigeo.Length == 6 && ubigeo.All(char.IsAsciiDigit))
            {
                _byKey[int.Parse(ubigeo, CultureInfo.InvariantCulture)] = ubigeo;
            }
        }
    }

    /// <summary>Finds the ubigeo made of three two-digit codes (leading zeros kept: "8" is not "08").</summary>
    public bool TryFind(ReadOnlySpan<byte> department, ReadOnlySpan<byte> province, ReadOnlySpan<byte> district, out string ubigeo)
    {
        if (TwoDigits(department, out var d) && TwoDigits(province, out var p) && TwoDigits(district, out var t)
            && _byKey.TryGetValue((d * 10_000) + (p * 100) + t, out var found))
        {
            ubigeo = found;
            return true;
        }

        ubigeo = "";
        return false;
    }

    private static bool TwoDigits(ReadOnlySpan<byte> code, out int value)
    {
        value = 0;
        if (code.Length != 2 || !char.IsAsciiDigit((char)code[0]) || !char.IsAsciiDigit((char)code[1]))
        {
            return false;
        }

        value = ((code[0] - '0') * 10) + (code[1] - '0');
        return true;
    }
}
