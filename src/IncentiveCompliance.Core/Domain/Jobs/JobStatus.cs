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

public static class JobStatuses
{
    /// <summary>Whether the work has ended, well or not; until then the pages that follow it refresh themselves.</summary>
    public static bool IsFinished(this JobStatus status) => status is JobStatus.Succeeded or JobStatus.Failed;
}
