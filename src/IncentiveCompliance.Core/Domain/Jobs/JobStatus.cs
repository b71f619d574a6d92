namespace IncentiveCompliance.Core.Domain.Jobs;

/// <summary>Where a piece of background work (an import, a report) stands.</summary>
public enum JobStatus
{
    Queued,
    Running,
    Retrying, // "reintentando": a transient failure (database unreachable); the job server tries again shortly
    Succeeded,
    Failed,
}
