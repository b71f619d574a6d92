using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IncentiveCompliance.Infrastructure.Jobs;

public static class JobServices
{
    /// <summary>
    /// Quartz with its store in the application's database (tables created at first start): clustered on PostgreSQL, so
    /// every node shares the work and a job runs once; the single-node store on SQLite, where Quartz refuses clustering.
    /// <c>Jobs:IdleWaitSeconds</c> (default 30) is how soon a node notices work queued by another;
    /// <c>Jobs:ClusterCheckinSeconds</c> (default 7.5) how soon the cluster notices a node has died and recovers its jobs.
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        var clusterCheckin = TimeSpan.FromSeconds(configuration.GetValue("Jobs:ClusterCheckinSeconds", 7.5));
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(o => o.IdleWaitTime = TimeSpan.FromSeconds(configuration.GetValue("Jobs:IdleWaitSeconds", 30)));
            quartz.UseDefaultThreadPool(2); // two cores: an import and a report may run side by side, not ten
            quartz.UsePersistentStore(store =>
            {
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(c => c.CheckinInterval = clusterCheckin);
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
        services.AddSingleton<IBackgroundJobs, QuartzJobs>();
        services.AddHostedService<StandingJobs>();
        return services;
    }
}
