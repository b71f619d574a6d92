using Hangfire;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Common.Security;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>Background work as Hangfire jobs: imports in a queue of their own, everything else in the default one; schedules in Lima time.</summary>
internal sealed class HangfireJobs(IBackgroundJobClient client, IRecurringJobManager recurring, JobStorage storage, ICurrentUser user) : IBackgroundJobs
{
    public const string ImportsQueue = "imports";
    public const string DefaultQueue = "default";
    private const string System = "sistema";
    private static readonly TimeZoneInfo Lima = TimeZoneInfo.FindSystemTimeZoneById("America/Lima");

    public Task EnqueueAsync(IBackgroundRequest request, CancellationToken ct)
    {
        var (description, type, body) = SendRequestJob.Write(request);
        var requestedBy = user.Email ?? System;
        client.Enqueue<SendRequestJob>(QueueOf(request), job => job.RunAsync(description, type, body, requestedBy, null, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task ScheduleAsync(string name, IBackgroundRequest request, string cron, CancellationToken ct)
    {
        var (description, type, body) = SendRequestJob.Write(request);
        recurring.AddOrUpdate<SendRequestJob>(name, QueueOf(request), job => job.RunAsync(description, type, body, $"{System} ({name})", null, CancellationToken.None),
            cron, new RecurringJobOptions { TimeZone = Lima });
        return Task.CompletedTask;
    }

    public Task UnscheduleAsync(string name, CancellationToken ct)
    {
        recurring.RemoveIfExists(name);
        return Task.CompletedTask;
    }

    public Task<long> CountFailedAsync(CancellationToken ct) => Task.FromResult(storage.GetMonitoringApi().FailedCount());

    private static string QueueOf(IBackgroundRequest request) => request is IImportRequest ? ImportsQueue : DefaultQueue;
}
