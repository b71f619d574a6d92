using IncentiveCompliance.Core.Domain.Jobs;

namespace IncentiveCompliance.Core.Domain.Reports;

/// <summary>
/// A regional compliance report for the CORESEC: asked for by someone or by the region's schedule, generated in the
/// background, then archived as an immutable PDF with its parameters and SHA-256.
/// </summary>
public sealed class ComplianceReport : ITrackedWork
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public required string RegionCode { get; init; }

    public required int Year { get; init; }

    public JobStatus Status { get; private set; } = JobStatus.Queued;

    /// <summary>Who asked: a user's e-mail, or "programado" for the region's schedule.</summary>
    public required string RequestedBy { get; init; }

    public DateTime RequestedAt { get; init; }

    /// <summary>The Lima day of the schedule's firing this report answers (none: asked for by a person); one report per region and day.</summary>
    public DateOnly? ScheduledFor { get; init; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>The data cut-off: Lima's date when the figures were read.</summary>
    public DateOnly? CutOff { get; private set; }

    public int? Pages { get; private set; }

    public string? Sha256 { get; private set; }

    /// <summary>Where the archived PDF is kept in the file store.</summary>
    public string? FileKey { get; private set; }

    public long? SizeBytes { get; private set; }

    public string? Error { get; private set; }

    public bool IsFinished => Status.IsFinished();

    /// <summary>Starts generating: the figures are those of the Lima day it starts (the cut-off the PDF prints).</summary>
    public void Start(DateTime now) => (Status, StartedAt, CutOff, Error) = (JobStatus.Running, now, Calendar.LimaTime.DateOf(now), null);

    public void Succeed(string fileKey, int pages, string sha256, long sizeBytes, DateTime now) =>
        (Status, FileKey, Pages, Sha256, SizeBytes, FinishedAt) = (JobStatus.Succeeded, fileKey, pages, sha256, sizeBytes, now);

    public void Fail(string error, DateTime now) => (Status, Error, FinishedAt) = (JobStatus.Failed, error, now);

    /// <summary>A transient failure: the row says so until the job server's next attempt starts it again.</summary>
    public void WillRetry(string error) => (Status, Error) = (JobStatus.Retrying, error);

    /// <summary>A failed report may be tried again; a succeeded one never changes.</summary>
    public void Retry() => (Status, Error, FinishedAt, StartedAt) = (JobStatus.Queued, null, null, null);

    public string FileName => $"reporte-cumplimiento-{RegionCode}-{Year}-{Id.ToString("N")[..8]}.pdf";
}
