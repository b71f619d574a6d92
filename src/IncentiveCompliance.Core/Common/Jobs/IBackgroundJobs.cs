using MediatR;

namespace IncentiveCompliance.Core.Common.Jobs;

/// <summary>A request the scheduler may send on the application's own behalf; it must be safe to run again after a crash.</summary>
public interface IBackgroundRequest : IRequest<Unit>;

/// <summary>Work handed to the job scheduler: stored in the database, run once by whichever node is free, recovered after a crash.</summary>
public interface IBackgroundJobs
{
    /// <summary>Runs the request as soon as a node is free.</summary>
    Task EnqueueAsync(IBackgroundRequest request, CancellationToken ct);

    /// <summary>Runs the request on a Quartz cron expression in Lima time, replacing any schedule of the same name.</summary>
    Task ScheduleAsync(string name, IBackgroundRequest request, string cron, CancellationToken ct);

    /// <summary>Whether the scheduler accepts the cron expression (Quartz syntax, with seconds).</summary>
    bool IsValidCron(string cron);

    /// <summary>Removes the schedule of that name, if there is one.</summary>
    Task UnscheduleAsync(string name, CancellationToken ct);
}
