using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IncentiveCompliance.Infrastructure.Jobs;

public static class JobServices
{
    /// <summary>
    /// Quartz with its store in the application's database (tables created at first start): clustered on PostgreSQL, so
    /// every node shares the work and a job runs once; the single-node store on SQLite, where Quartz refuses clustering.
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, DatabaseSettings database, TimeSpan clusterCheckin)
    {
        services.AddQuartz(quartz =>
        {
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
