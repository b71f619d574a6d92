using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Reports;
using IncentiveCompliance.Core.Domain.Submissions;
using IncentiveCompliance.Core.Domain.Territory;
using IncentiveCompliance.Core.Domain.Training;

namespace IncentiveCompliance.Core.Common.Vocabulary;

/// <summary>
/// The Spanish word for every value a person reads that is not a state (states have a tone too: <see cref="StateWords"/>),
/// as a label; a sentence lowers it where Spanish writes it in lower case («Municipalidad distrital de …»).
/// </summary>
public static partial class Words
{
    public static string Of(RequirementKind kind) => kind switch
    {
        RequirementKind.Milestone => "Hito",
        RequirementKind.Indicator => "Indicador",
        RequirementKind.Training => "Capacitación",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.Provincial => "Provincial",
        MunicipalityKind.District => "Distrital",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Of(Position position) => position switch
    {
        Position.SecurityManager => "Gerente de seguridad ciudadana",
        Position.CommitmentOfficer => "Responsable del compromiso",
        Position.BudgetManager => "Gerente de presupuesto",
        Position.Sereno => "Sereno",
        Position.Other => "Otro",
        _ => throw new ArgumentOutOfRangeException(nameof(position), position, null),
    };

    public static string Of(Modality modality) => modality switch
    {
        Modality.InPerson => "Presencial",
        Modality.Virtual => "Virtual",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, null),
    };

    public static string Of(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Registered => "Inscrito",
        AttendanceStatus.Attended => "Asistió",
        AttendanceStatus.Absent => "No asistió",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>What the reviewer chooses, as the review form offers it.</summary>
    public static string Of(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Approve => "Aprobar",
        ReviewDecision.Observe => "Observar (subsanación)",
        ReviewDecision.Reject => "Rechazar",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
    };

    /// <summary>How often a region's report is generated on its own, as the schedule form offers it.</summary>
    public static string Of(ReportFrequency frequency) => frequency switch
    {
        ReportFrequency.Off => "Nunca",
        ReportFrequency.Monthly => "Cada mes",
        ReportFrequency.Weekly => "Cada semana",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, null),
    };

    /// <summary>Weekdays in lower case, as Spanish writes them.</summary>
    public static string Of(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "lunes",
        DayOfWeek.Tuesday => "martes",
        DayOfWeek.Wednesday => "miércoles",
        DayOfWeek.Thursday => "jueves",
        DayOfWeek.Friday => "viernes",
        DayOfWeek.Saturday => "sábado",
        DayOfWeek.Sunday => "domingo",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
    };
}
