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
    /// long import never delays the others (<see cref="JobSettings"/>).
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = JobSettings.From(configuration);
        services.AddSingleton(settings);
        // The storage is this host's own service, registered before AddHangfire so Hangfire uses it instead of its
        // process-wide JobStorage.Current: several hosts in one process never share a job store by accident.
        services.AddSingleton<JobStorage>(sp => JobStorages.Create(sp.GetRequiredService<DatabaseSettings>(), settings));
        services.AddHangfire(c =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (!settings.RunServer)
            {
                c.UseLogProvider(new SilentHangfireLog());
            }
        });
        services.AddScoped<IBackgroundJobs, HangfireJobs>();
        services.AddTransient<SendRequestJob>();
        if (!settings.RunServer)
        {
            return services;
        }

        services.AddHangfireServer(o => Configure(o, settings, [HangfireJobs.DefaultQueue], settings.Workers));
        services.AddHangfireServer(o => Configure(o, settings, [HangfireJobs.ImportsQueue], settings.ImportWorkers));
        services.AddHostedService<StandingJobs>();
        return services;
    }

    private static void Configure(BackgroundJobServerOptions options, JobSettings settings, string[] queues, int workers)
    {
        options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{queues[0]}";
        options.Queues = queues;
        options.WorkerCount = workers;
        options.SchedulePollingInterval = settings.PollInterval;
        options.ShutdownTimeout = settings.ShutdownTimeout;
    }
}
