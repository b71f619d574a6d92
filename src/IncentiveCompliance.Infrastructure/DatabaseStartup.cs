using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Migrations;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.Infrastructure.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies the provider's pending EF Core migrations and, in demo mode, loads the demo into an empty database (and the
    /// showcase after it, with <c>Demo:Showcase</c>).
    /// Nodes starting together take turns (<see cref="StartupLock"/>): they migrate once and seed once.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool demo, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var settings = sp.GetRequiredService<DatabaseSettings>();
        var db = sp.GetRequiredService<AppDbContext>();
        if (await ScriptBuiltDatabase.ProblemAsync(db, settings, cancellationToken) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // EF Core's SQLite lock is a row that never expires, left behind by a process killed while migrating. One
            // node owns an SQLite file, so a lock found at start is stale: EF Core creates the table again.
            await db.Database.ExecuteSqlRawAsync("""DROP TABLE IF EXISTS "__EFMigrationsLock" """, cancellationToken);
        }

        // Nodes starting together take turns (StartupLock) from here: EF Core's own migration lock did not keep two
        // PostgreSQL nodes from applying the same second migration at once (column already exists). Inside the turn,
        // migrate only when something is pending: an ordinary start skips the model comparison MigrateAsync makes.
        await using var startupLock = await StartupLock.TakeAsync(settings, cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (demo)
        {
            sp.GetRequiredService<CurrentUser>().ActAsSystem();
            if (await DemoData.LoadIfEmptyAsync(db, sp.GetRequiredService<IMediator>(), cancellationToken) && sp.Setting<DemoOptions>().Showcase)
            {
                await Showcase.LoadAsync(sp, cancellationToken);
            }
        }
    }

    /// <summary>Why the database cannot be prepared, in Spanish, for the host to print and stop; null when it can.</summary>
    public static async Task<string?> FindDatabaseProblemAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await ScriptBuiltDatabase.ProblemAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<DatabaseSettings>(), cancellationToken);
    }
}
