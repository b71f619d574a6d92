using static IncentiveCompliance.Infrastructure.Pdf.ReportFormat;

namespace IncentiveCompliance.Infrastructure.Pdf;

/// <summary>
/// The row under an observed or rejected item with the auditor's reason and the correction deadline. It spans the
/// table from the title on, because a reason can run to thousands of characters and would not fit in a column.
/// </summary>
internal static class ReasonRow
{
    /// <summary>The class of the item's own row, which stays on the page of its reason.</summary>
    public const string ItemClass = " class=\"with-reason\"";

    public static string Html(string state, string? reason, DateOnly? correctionDue, int span)
    {
        var label = state == "rejected" ? "Motivo del rechazo" : "Observación";
        var deadline = correctionDue is { } due ? $" (subsanar hasta el {Date(due)})" : "";
        var text = reason is { Length: > 0 } ? E(reason) : "sin motivo registrado.";
        return $"<tr class=\"reason\"><td></td><td colspan=\"{span}\"><strong>{label}{deadline}:</strong> {text}</td></tr>\n";
    }
}
