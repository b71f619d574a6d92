using IncentiveCompliance.Core.Common.Formatting;

namespace IncentiveCompliance.Web.Presentation;

/// <summary>
/// The Spanish words a person reads for the API's codes; numbers, money and dates are written by
/// <see cref="Core.Common.Formatting.PeruFormat"/>, the same for pages, PDFs and exports.
/// </summary>
public static class Labels
{
    public static string State(string state) => Core.Domain.Compliance.ComplianceWords.State(state);

    public static string Status(string status) => Core.Domain.Compliance.ComplianceWords.Status(status);

    public static string Kind(string kind) => kind switch
    {
        "milestone" => "Hito",
        "indicator" => "Indicador",
        "training" => "Capacitación",
        _ => kind,
    };

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

    public static string Position(string position) => position switch
    {
        "security_manager" => "Gerente de seguridad ciudadana",
        "commitment_officer" => "Responsable del compromiso",
        "budget_manager" => "Gerente de presupuesto",
        "sereno" => "Sereno",
        _ => "Otro",
    };

    public static string Attendance(string status) => status switch
    {
        "attended" => "Asistió",
        "absent" => "No asistió",
        _ => "Inscrito",
    };

    private static readonly string[] MonthNames =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Month(int month) => MonthNames[month - 1];

    public static string JobStatus(string status) => status switch
    {
        "queued" => "En cola",
        "running" => "En curso",
        "retrying" => "Reintentando",
        "succeeded" => "Terminado",
        "failed" => "Falló",
        _ => status,
    };

    /// <summary>Whether background work is still under way, for pages that refresh themselves meanwhile.</summary>
    public static bool JobPending(string status) => status is "queued" or "running" or "retrying";

    private static readonly string[] WeekdayNames = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

    /// <summary>The API's weekday names (monday…) with their Spanish words, Monday first as in Peru's calendars.</summary>
    public static IEnumerable<(string Value, string Text)> Weekdays() =>
        Enumerable.Range(1, 7).Select(i => (Core.Common.ApiNames.Of((DayOfWeek)(i % 7)), WeekdayNames[i % 7]));

    /// <summary>A report schedule in words: «Cada mes, el día 1 a las 07:00 (hora de Lima)».</summary>
    public static string Schedule(Core.Features.Reports.ScheduleView schedule) => schedule.Frequency switch
    {
        "monthly" => $"Cada mes, el día {schedule.DayOfMonth} a las {schedule.Hour:00}:00 (hora de Lima)",
        "weekly" => $"Cada {WeekdayNames[(int)Core.Features.Reports.ScheduleWords.Weekday(schedule.DayOfWeek)!.Value]} a las {schedule.Hour:00}:00 (hora de Lima)",
        _ => "Desactivada: el reporte se genera solo cuando alguien lo pide",
    };

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : (bytes / (1024.0 * 1024)).ToString("0.0", PeruFormat.Culture) + " MB";
}
