using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Persistence;

public static class DatabaseServices
{
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        services.AddSingleton(settings);
        services.AddDbContext<AppDbContext>(options => Configure(options, settings));
        services.AddScoped<Migrations.SchemaMigrator>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider == DatabaseProvider.PostgreSql
            ? options.UseNpgsql(settings.ConnectionString)
            : options.UseSqlite(settings.ConnectionString);
}
