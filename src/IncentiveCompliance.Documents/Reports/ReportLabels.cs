namespace IncentiveCompliance.Documents.Reports;

/// <summary>What the reports add to the Spanish words every screen uses (<see cref="Core.Domain.Compliance.ComplianceWords"/>).</summary>
public static class ReportLabels
{
    /// <summary>The stylesheet class that colours a status; a fixed set, so the class list never carries data.</summary>
    public static string StatusClass(string status) => status switch
    {
        "met" => "met",
        "on_track" => "on-track",
        "at_risk" => "at-risk",
        "not_met" => "not-met",
        _ => "other",
    };

    /// <summary>The colour of a status in the charts, the same as the stylesheet's status classes.</summary>
    public static string StatusColour(string status) => status switch
    {
        "met" => "#2e7d32",
        "on_track" => "#1565c0",
        "at_risk" => "#b26a00",
        _ => "#c62828",
    };

    /// <summary>States whose reason the reports print: the auditor's word on what to correct or why it was refused.</summary>
    public static bool HasReason(string state) => state is "observed" or "rejected";

    /// <summary>SVG coordinates, which must use a dot whatever the culture.</summary>
    public static string Svg(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
