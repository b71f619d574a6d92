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
    public static string Action(string action) => action switch
    {
        "evidence.uploaded" => "Subió una evidencia",
        "submission.drafted" => "Guardó un borrador",
        "submission.submitted" => "Envió el avance para revisión",
        "submission.reviewed" => "Revisó el avance",
        "catalogue.loaded" => "Cargó el catálogo del año",
        "holiday.saved" => "Registró un feriado",
        "holiday.removed" => "Quitó un feriado",
        "training.created" => "Creó una capacitación",
        "training.updated" => "Modificó una capacitación",
        "attendance.recorded" => "Registró asistencia a una capacitación",
        "submission.approved_by_training" => "Requisito cumplido por asistencia a capacitación",
        "budget.import_requested" => "Subió un archivo de ejecución presupuestal",
        "budget.imported" => "Importó la ejecución presupuestal PP 0030",
        "budget.month_reviewed" => "Revisó la ejecución presupuestal de un mes",
        "report.requested" => "Pidió un reporte de cumplimiento",
        "report.schedule_saved" => "Cambió la programación de reportes",
        "submission.draft_replaced" => "Reemplazó un borrador",
        "municipality.updated" => "Cambió el tipo PI o la unidad ejecutora",
        "certificate.downloaded" => "Descargó una constancia de asistencia",
        "audit.exported" => "Descargó la auditoría",
        "account.signed_in" => "Ingresó",
        "account.sign_in_failed" => "Intento de ingreso fallido",
        "account.signed_out" => "Cerró sesión",
        "account.second_factor_failed" => "Código de verificación incorrecto",
        "account.second_factor_verified" => "Verificó el segundo paso",
        "account.second_factor_enabled" => "Activó la verificación en dos pasos",
        "account.second_factor_disabled" => "Desactivó la verificación en dos pasos",
        "account.password_changed" => "Cambió su contraseña",
        "user.password_reset" => "Contraseña restablecida",
        "user.disabled" => "Cuenta desactivada",
        "user.enabled" => "Cuenta activada",
        "user.created" => "Creó un usuario",
        "user.role_changed" => "Cambió el rol de un usuario",
        _ => action,
    };

    private static readonly string[] MonthNames =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Month(int month) => MonthNames[month - 1];

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
