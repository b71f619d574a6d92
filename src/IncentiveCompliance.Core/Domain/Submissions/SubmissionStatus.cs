namespace IncentiveCompliance.Core.Domain.Submissions;

/// <summary>Where a submission stands in the audit loop (the auditors' own words in comments).</summary>
public enum SubmissionStatus
{
    Draft,     // borrador: saved by the municipality, not sent
    Submitted, // presentado: waiting for the secretariat
    Observed,  // observado: needs correction ("subsanación") by a deadline
    Approved,  // aprobado
    Rejected,  // rechazado
}
