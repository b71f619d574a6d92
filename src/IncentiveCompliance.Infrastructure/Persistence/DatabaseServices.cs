using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Persistence;

public static class DatabaseServices
{
    /// <summary>
    /// Settings are read from the final configuration when first needed, so hosts and tests can still override them.
    /// Contexts are pooled: every request starts with the scope query (decision 18), and building a new context's internal
    /// services each time was a tenth of a node's CPU under load (docs/benchmarks.md). The context keeps no state of its own.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddDbContextPool<AppDbContext>((sp, options) => Configure(options, sp.GetRequiredService<DatabaseSettings>()));
        services.AddScoped<ITransactionLock, TransactionLock>();
        return services;
    }

    /// <summary>How often a unit of work meeting a transient failure runs again, and the longest wait between attempts.</summary>
    private const int MaxRetries = 6;

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The provider and the assembly that holds its migrations (migrations/&lt;provider&gt;/): each provider has its own
    /// migrations, because the SQL and the model snapshot differ (docs/decisions/0009). A database server's transient
    /// failures are retried, with waits growing up to 5 s: some twenty seconds in all, enough to ride out a restart
    /// (docs/decisions/0015).
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly(settings.Provider))
                .EnableRetryOnFailure(MaxRetries, MaxRetryDelay, errorCodesToAdd: null)),
            DatabaseProvider.SqlServer => options.UseSqlServer(settings.ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly(settings.Provider))
                .EnableRetryOnFailure(MaxRetries, MaxRetryDelay, errorNumbersToAdd: null)),
            _ => options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(MigrationsAssembly(settings.Provider))),
        };

    /// <summary>A context on the given settings, outside dependency injection (design time, start-up checks, tests).</summary>
    public static AppDbContext CreateContext(DatabaseSettings settings) =>
        new((DbContextOptions<AppDbContext>)Configure(new DbContextOptionsBuilder<AppDbContext>(), settings).Options);

    public static string MigrationsAssembly(DatabaseProvider provider) => $"IncentiveCompliance.Migrations.{provider}";
}
