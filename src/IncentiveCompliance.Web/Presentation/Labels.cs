using IncentiveCompliance.Core.Common.Formatting;
using IncentiveCompliance.Core.Common.Vocabulary;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Features.Reports;

namespace IncentiveCompliance.Web.Presentation;

/// <summary>
/// What pages write in words beyond the vocabulary of codes (<see cref="Words"/>, <see cref="StateWords"/>): months,
/// the week, the report schedule, file sizes. Numbers, money and dates are written by <see cref="PeruFormat"/>, the
/// same for pages, PDFs and exports.
/// </summary>
public static class Labels
{
    private static readonly string[] MonthNames =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Month(int month) => MonthNames[month - 1];

    /// <summary>The words that follow a count: the singular for exactly one, the plural otherwise («1 mes», «0 meses»).</summary>
    public static string Plural(long count, string one, string many) => count == 1 ? one : many;

    /// <summary>The days of the week as Peru's calendars list them, Monday first.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>A report schedule in words: «Cada mes, el día 1 a las 07:00 (hora de Lima)».</summary>
    public static string Schedule(ScheduleView schedule) => schedule.Frequency switch
    {
        ReportFrequency.Monthly => $"Cada mes, el día {schedule.DayOfMonth} a las {schedule.Hour:00}:00 (hora de Lima)",
        ReportFrequency.Weekly => $"Cada {Words.Of(schedule.DayOfWeek)} a las {schedule.Hour:00}:00 (hora de Lima)",
        _ => "Desactivada: el reporte se genera solo cuando alguien lo pide",
    };

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : (bytes / (1024.0 * 1024)).ToString("0.0", PeruFormat.Culture) + " MB";
}
