using IncentiveCompliance.Core.Domain.Compliance;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>
/// The Spanish words the reports print: statuses and states as everywhere (<see cref="ComplianceWords"/>), and the
/// reports' own stylesheet classes.
/// </summary>
internal static class ReportLabels
{
    public static string Status(string status) => ComplianceWords.Status(status);

    /// <summary>The stylesheet class that colours a status; a fixed set, so no value reaches the markup unencoded.</summary>
    public static string StatusClass(string status) => status switch
    {
        "met" => "met",
        "on_track" => "on-track",
        "at_risk" => "at-risk",
        "not_met" => "not-met",
        _ => "other",
    };

    public static string State(string state) => ComplianceWords.State(state);

    /// <summary>States whose reason the reports print: the auditor's word on what to correct or why it was refused.</summary>
    public static bool HasReason(string state) => state is "observed" or "rejected";
}
