using System.Collections.Concurrent;
using IncentiveCompliance.Core.Common.Jobs;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// The background work handlers queue, kept for the test to run when it chooses (<see cref="AppServices.RunQueuedJobsAsync"/>),
/// exactly as the Hangfire job would: as the application, through the mediator. Hangfire itself is tested with real
/// application processes (IntegrationTests/Jobs).
/// </summary>
public sealed class QueuedJobs : IBackgroundJobs
{
    private readonly ConcurrentQueue<IBackgroundRequest> queue = new();

    public ConcurrentDictionary<string, (IBackgroundRequest Request, string Cron)> Schedules { get; } = new();

    public Task EnqueueAsync(IBackgroundRequest request, CancellationToken ct)
    {
        queue.Enqueue(request);
        return Task.CompletedTask;
    }

    public Task ScheduleAsync(string name, IBackgroundRequest request, string cron, CancellationToken ct)
    {
        Schedules[name] = (request, cron);
        return Task.CompletedTask;
    }

    public Task UnscheduleAsync(string name, CancellationToken ct)
    {
        Schedules.TryRemove(name, out _);
        return Task.CompletedTask;
    }

    /// <summary>Nothing here fails for good: the test runs the queued work itself and sees its failures directly.</summary>
    public Task<long> CountFailedAsync(CancellationToken ct) => Task.FromResult(0L);

    public bool TryTake(out IBackgroundRequest request) => queue.TryDequeue(out request!);

    public int Count => queue.Count;
}
