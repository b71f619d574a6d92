namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>
/// The Spanish words the reports print for compliance statuses and item states. The web project has its own map
/// (Presentation/Labels) that Infrastructure cannot reference, so the reports keep this one.
/// </summary>
internal static class ReportLabels
{
    public static string Status(string status) => status switch
    {
        "met" => "Cumple",
        "on_track" => "En camino",
        "at_risk" => "En riesgo",
        "not_met" => "No cumple",
        _ => status,
    };

    /// <summary>The stylesheet class that colours a status; a fixed set, so no value reaches the markup unencoded.</summary>
    public static string StatusClass(string status) => status switch
    {
        "met" => "met",
        "on_track" => "on-track",
        "at_risk" => "at-risk",
        "not_met" => "not-met",
        _ => "other",
    };

    public static string State(string state) => state switch
    {
        "not_submitted" => "No presentado",
        "draft" => "Borrador",
        "submitted" => "Por revisar",
        "observed" => "Observado",
        "approved" => "Aprobado",
        "rejected" => "Rechazado",
        "overdue" => "Vencido",
        _ => state,
    };

    /// <summary>States whose reason the reports print: the auditor's word on what to correct or why it was refused.</summary>
    public static bool HasReason(string state) => state is "observed" or "rejected";
}
