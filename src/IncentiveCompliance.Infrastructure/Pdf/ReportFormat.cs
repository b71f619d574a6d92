using System.Globalization;
using System.Net;
using IncentiveCompliance.Core.Domain.Calendar;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>How the reports write values: HTML-encoded text, es-PE numbers, dd/MM/yyyy dates and Lima time.</summary>
internal static class ReportFormat
{
    private static readonly CultureInfo Peru = CultureInfo.GetCultureInfo("es-PE");

    public static string E(string text) => WebUtility.HtmlEncode(text);

    public static string Number(int value) => value.ToString("#,##0", Peru);

    public static string Decimal(double value) => value.ToString("#,##0.0", Peru);

    public static string Soles(decimal value) => "S/ " + value.ToString("#,##0.00", Peru);

    public static string Percent(decimal? value) => value is null ? "—" : value.Value.ToString("0.0", Peru) + " %";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant as Lima reads it (UTC−5 all year).</summary>
    public static string LimaDateTime(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(LimaTime.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>SVG coordinates, which must use a dot whatever the culture.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
