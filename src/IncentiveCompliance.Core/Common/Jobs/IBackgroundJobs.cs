using MediatR;

namespace IncentiveCompliance.Core.Common.Jobs;

/// <summary>A request the job server may send on the application's own behalf; it must be safe to run twice (jobs run at least once).</summary>
public interface IBackgroundRequest : IRequest<Unit>;

/// <summary>A background request that reads a large file: it runs in a worker pool of its own, so it never delays reports and alerts.</summary>
public interface IImportRequest : IBackgroundRequest;

/// <summary>A background request that does the work of one row of <see cref="WorkType"/> (an <see cref="Domain.Jobs.ITrackedWork"/>).</summary>
public interface ITrackedJob : IBackgroundRequest
{
    Guid WorkId { get; }

    Type WorkType { get; }
}

/// <summary>Work handed to the job server: stored in its database, run by whichever node is free, picked up again after a crash.</summary>
public interface IBackgroundJobs
{
    /// <summary>Runs the request as soon as a worker is free, recording who asked for it.</summary>
    Task EnqueueAsync(IBackgroundRequest request, CancellationToken ct);

    /// <summary>Runs the request on a standard five-field cron expression in Lima time, replacing any schedule of that name.</summary>
    Task ScheduleAsync(string name, IBackgroundRequest request, string cron, CancellationToken ct);

    /// <summary>Removes the schedule of that name, if there is one.</summary>
    Task UnscheduleAsync(string name, CancellationToken ct);

    /// <summary>How many jobs failed for good (every retry spent) and wait for an administrator in the jobs dashboard.</summary>
    Task<long> CountFailedAsync(CancellationToken ct);
}
