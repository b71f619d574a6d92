using IncentiveCompliance.Core.Domain.Jobs;
using IncentiveCompliance.Core.Features.Budget;

namespace IncentiveCompliance.Core.Domain.Budget;

/// <summary>One import of the MEF execution file for a year: what was asked, how far it got, and what it found.</summary>
public sealed class BudgetImport : ITrackedWork
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public required int Year { get; init; }

    /// <summary>The region whose figures it replaces (a secretariat's import); none: every municipality (an administrator's).</summary>
    public string? RegionCode { get; init; }

    /// <summary>The name the file had when it was sent, for people to recognise it.</summary>
    public required string FileName { get; init; }

    /// <summary>Where the file is read from: an upload kept in the file archive, or a server-side path given on the command line.</summary>
    public required string Source { get; init; }

    public bool SourceIsUpload { get; init; }

    public long TotalBytes { get; init; }

    public long BytesRead { get; set; }

    public JobStatus Status { get; private set; } = JobStatus.Queued;

    public long RowsRead { get; private set; }

    public long RowsKept { get; set; }

    public long SkippedOtherProgram { get; private set; }

    public long SkippedOtherGovernmentLevel { get; private set; }

    public long SkippedUnregisteredUbigeo { get; private set; }

    public long RowsSkipped => SkippedOtherProgram + SkippedOtherGovernmentLevel + SkippedUnregisteredUbigeo;

    public string? Error { get; private set; }

    public required string RequestedBy { get; init; }

    public DateTime RequestedAt { get; init; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>When the uploaded file was deleted: at once after success, some days after a failure (kept for a retry).</summary>
    public DateTime? UploadDiscardedAt { get; private set; }

    /// <summary>A failed import can run again while its file is still there.</summary>
    public bool CanRetry => Status == JobStatus.Failed && (!SourceIsUpload || UploadDiscardedAt is null);

    public bool IsFinished => Status.IsFinished();

    /// <summary>Starts, or starts again after a crash: progress from an interrupted run is forgotten.</summary>
    public void Start(DateTime now)
    {
        (Status, StartedAt, BytesRead, RowsKept, Error) = (JobStatus.Running, now, 0, 0, null);
    }

    public void Succeed(BudgetFileTally tally, DateTime now)
    {
        Record(tally);
        (Status, FinishedAt, BytesRead) = (JobStatus.Succeeded, now, TotalBytes);
    }

    public void Fail(string error, DateTime now) => (Status, FinishedAt, Error) = (JobStatus.Failed, now, error);

    /// <summary>A transient failure: the row says so until the job server's next attempt starts it again.</summary>
    public void WillRetry(string error) => (Status, Error) = (JobStatus.Retrying, error);

    /// <summary>Queued again by a person after a failure; the next run starts from the beginning of the file.</summary>
    public void Retry() => (Status, Error, FinishedAt, StartedAt) = (JobStatus.Queued, null, null, null);

    public void DiscardUpload(DateTime now) => UploadDiscardedAt = now;

    private void Record(BudgetFileTally tally) =>
        (RowsRead, RowsKept, SkippedOtherProgram, SkippedOtherGovernmentLevel, SkippedUnregisteredUbigeo) =
        (tally.RowsRead, tally.RowsKept, tally.OtherProgram, tally.OtherGovernmentLevel, tally.UnregisteredUbigeo);
}
