using System.Globalization;
using IncentiveCompliance.Core.Domain.Calendar;

namespace IncentiveCompliance.Core.Common.Formatting;

/// <summary>
/// How every value a person reads is written, the same on pages, PDFs and exports: es-PE numbers (dot for decimals,
/// comma for thousands), soles as «S/ 1,234.50», dd/MM/yyyy dates, Lima time, and «—» for a missing value. Dates use
/// the invariant culture with a literal pattern so the server's culture can never change the separator.
/// </summary>
public static class PeruFormat
{
    public const string Missing = "—";

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("es-PE");

    /// <summary>The order of names a person reads: the Spanish alphabet («ñ» after «n»), accents and case aside.</summary>
    public static readonly StringComparer Alphabetical = StringComparer.Create(Culture, ignoreCase: true);

    /// <summary>Up to two decimals, shown only when present: «1,250», «70.5».</summary>
    public static string Number(decimal? value) => value?.ToString("#,##0.##", Culture) ?? Missing;

    /// <summary>Always one decimal, for averages that read as measures: «57.0».</summary>
    public static string OneDecimal(double value) => value.ToString("#,##0.0", Culture);

    public static string Soles(decimal value) => "S/ " + value.ToString("#,##0.00", Culture);

    public static string Percent(decimal? value) => value is null ? Missing : value.Value.ToString("0.0", Culture) + " %";

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>A UTC instant as Lima reads it (UTC−5 all year).</summary>
    public static string LimaDateTime(DateTime? utc) => utc is { } at
        ? new DateTimeOffset(System.DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToOffset(LimaTime.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
        : Missing;

    /// <summary>A UTC instant left in UTC, for exports whose column says so («fecha_utc») and is compared with other systems.</summary>
    public static string UtcDateTime(DateTime utc) => utc.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
