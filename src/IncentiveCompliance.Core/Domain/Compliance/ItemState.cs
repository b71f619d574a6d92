namespace IncentiveCompliance.Core.Domain.Compliance;

/// <summary>The state of a compliance item: its latest submission's status, or what its absence means by the calendar.</summary>
public enum ItemState
{
    NotSubmitted, // no presentado, still in time
    Draft,
    Submitted,
    Observed,
    Approved,
    Rejected,
    Overdue, // vencido: due date (or correction deadline) passed with nothing pending review
}
