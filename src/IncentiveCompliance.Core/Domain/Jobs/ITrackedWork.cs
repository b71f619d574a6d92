namespace IncentiveCompliance.Core.Domain.Jobs;

/// <summary>Work that runs in the background and keeps its own row, so people can follow it: a budget import, a compliance report.</summary>
public interface ITrackedWork
{
    Guid Id { get; }

    JobStatus Status { get; }

    bool IsFinished { get; }

    void Start(DateTime now);

    void Fail(string error, DateTime now);

    /// <summary>The job threw and the job server will try again: the row says so, with the reason.</summary>
    void WillRetry(string error);
}
