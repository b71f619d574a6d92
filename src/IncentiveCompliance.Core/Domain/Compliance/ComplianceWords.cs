namespace IncentiveCompliance.Core.Domain.Compliance;

/// <summary>The Spanish words for compliance statuses and item states (as the API names them), for pages and PDFs alike.</summary>
public static class ComplianceWords
{
    public static string State(string state) => state switch
    {
        "not_submitted" => "No presentado",
        "draft" => "Borrador",
        "submitted" => "Presentado",
        "observed" => "Observado",
        "approved" => "Aprobado",
        "rejected" => "Rechazado",
        "overdue" => "Vencido",
        _ => state,
    };

    public static string Status(string status) => status switch
    {
        "met" => "Cumple",
        "on_track" => "En camino",
        "at_risk" => "En riesgo",
        "not_met" => "No cumple",
        _ => status,
    };
}
