using IncentiveCompliance.Core.Common.Jobs;
using Quartz;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>Background work as Quartz jobs in the application's database; each asks for recovery so a crash does not lose it.</summary>
internal sealed class QuartzJobs(ISchedulerFactory schedulers) : IBackgroundJobs
{
    private const string OnceGroup = "once";
    private const string ScheduleGroup = "schedule";
    private static readonly TimeZoneInfo Lima = TimeZoneInfo.FindSystemTimeZoneById("America/Lima");

    public async Task EnqueueAsync(IBackgroundRequest request, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = Describe(request, new JobKey(Guid.NewGuid().ToString("N"), OnceGroup));
        await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build(), new ScheduleJobOptions(), ct);
    }

    public async Task ScheduleAsync(string name, IBackgroundRequest request, string cron, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = Describe(request, new JobKey(name, ScheduleGroup));
        var trigger = TriggerBuilder.Create()
            .WithIdentity(name, ScheduleGroup)
            .WithCronSchedule(cron, c => c.InTimeZone(Lima))
            .Build();
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, ct);
    }

    public bool IsValidCron(string cron) => CronExpression.TryParse(cron, out _);

    public async Task UnscheduleAsync(string name, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJob(new JobKey(name, ScheduleGroup), ct);
    }

    private static IJobDetail Describe(IBackgroundRequest request, JobKey key) =>
        JobBuilder.Create<SendRequestJob>()
            .WithIdentity(key)
            .UsingJobData(SendRequestJob.Write(request))
            .RequestRecovery()
            .Build();
}
