using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Migrations;
using IncentiveCompliance.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// Brings the database to the current schema and, in demo mode, loads the demo into an empty database;
    /// one node at a time, so several nodes starting together neither race the scripts nor seed twice.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool demo, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await using var startupLock = await StartupLock.TakeAsync(sp.GetRequiredService<DatabaseSettings>(), cancellationToken);
        await sp.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        if (demo)
        {
            sp.GetRequiredService<CurrentUser>().ActAsSystem();
            await DemoData.LoadIfEmptyAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<IMediator>(), cancellationToken);
        }
    }
}
