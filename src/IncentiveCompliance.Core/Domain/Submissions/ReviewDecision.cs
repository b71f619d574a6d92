namespace IncentiveCompliance.Core.Domain.Submissions;

public enum ReviewDecision
{
    Approve,
    Observe,
    Reject,
}
