using Hangfire;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Jobs;

public static class JobServices
{
    /// <summary>
    /// Hangfire with its storage beside the application's database (<see cref="JobStorages"/>) and, unless
    /// <c>Jobs:RunServer</c> is false, two job servers in this process: one for reports and alerts, one for imports, so a
    /// long import never delays the others (<see cref="JobOptions"/>). Whether the servers exist is the one setting read
    /// while registering; their workers and timings come from the validated options.
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<JobOptions>(JobOptions.Section);
        services.AddSingleton(sp => new RegionWorkLimit(sp.Setting<JobOptions>().QueuedPerRegion));
        var runServer = configuration.GetSection(JobOptions.Section).Get<JobOptions>()?.RunServer ?? new JobOptions().RunServer;
        // The storage is this host's own service, registered before AddHangfire so Hangfire uses it instead of its
        // process-wide JobStorage.Current: several hosts in one process never share a job store by accident.
        services.AddSingleton<JobStorage>(sp => JobStorages.Create(sp.GetRequiredService<DatabaseSettings>(), sp.Setting<JobOptions>()));
        services.AddHangfire(c =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (!runServer)
            {
                c.UseLogProvider(new SilentHangfireLog());
            }
        });
        services.AddScoped<IBackgroundJobs, HangfireJobs>();
        services.AddTransient<SendRequestJob>();
        if (!runServer)
        {
            return services;
        }

        services.AddHangfireServer((sp, o) => Configure(o, sp.Setting<JobOptions>(), HangfireJobs.DefaultQueue, sp.Setting<JobOptions>().Workers));
        services.AddHangfireServer((sp, o) => Configure(o, sp.Setting<JobOptions>(), HangfireJobs.ImportsQueue, sp.Setting<JobOptions>().ImportWorkers));
        services.AddHostedService<StandingJobs>();
        return services;
    }

    private static void Configure(BackgroundJobServerOptions options, JobOptions jobs, string queue, int workers)
    {
        options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{queue}";
        options.Queues = [queue];
        options.WorkerCount = workers;
        options.SchedulePollingInterval = jobs.PollInterval;
        options.ShutdownTimeout = jobs.ShutdownTimeout;
    }
}
