using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Persistence;

public static class DatabaseServices
{
    /// <summary>Settings are read from the final configuration when first needed, so hosts and tests can still override them.</summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddDbContext<AppDbContext>((sp, options) => Configure(options, sp.GetRequiredService<DatabaseSettings>()));
        services.AddScoped<Migrations.SchemaMigrator>();
        services.AddScoped<ITransactionLock, TransactionLock>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider == DatabaseProvider.PostgreSql
            ? options.UseNpgsql(settings.ConnectionString)
            : options.UseSqlite(settings.ConnectionString);
}
