using System.Globalization;
using System.Text;

namespace IncentiveCompliance.Core.Domain.Training;

/// <summary>Positions as people write them on sign-up sheets.</summary>
public static class Positions
{
    /// <summary>Reads a sheet's "cargo" loosely (case, accents and extra words ignored); anything unrecognised is <see cref="Position.Other"/>.</summary>
    public static Position Parse(string? text)
    {
        var t = Plain(text);
        return t switch
        {
            _ when t.Contains("seguridad", StringComparison.Ordinal) && (t.Contains("gerente", StringComparison.Ordinal) || t.Contains("jefe", StringComparison.Ordinal)) => Position.SecurityManager,
            _ when t.Contains("compromiso", StringComparison.Ordinal) => Position.CommitmentOfficer,
            _ when t.Contains("presupuesto", StringComparison.Ordinal) => Position.BudgetManager,
            _ when t.Contains("sereno", StringComparison.Ordinal) || t.Contains("serenazgo", StringComparison.Ordinal) => Position.Sereno,
            _ => Position.Other,
        };
    }

    private static string Plain(string? text)
    {
        var decomposed = (text ?? "").Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }
}
