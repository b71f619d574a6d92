using System.Globalization;

namespace IncentiveCompliance.Web.Presentation;

/// <summary>
/// Numbers typed in forms, read the same way by the pages and the API whatever the server's culture: one decimal
/// mark, comma or dot ("70,5" and "70.5" are both 70.5), no thousands separators.
/// </summary>
public static class FormNumbers
{
    /// <summary>False when there is text that is not such a number; an empty field is a null value.</summary>
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        if (decimal.TryParse(trimmed.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
