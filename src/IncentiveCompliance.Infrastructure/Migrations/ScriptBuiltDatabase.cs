using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace IncentiveCompliance.Infrastructure.Migrations;

/// <summary>
/// A database built by the SQL scripts that came before EF Core migrations (decision 1, superseded by 9), known by the
/// history table of their runner. Migrations cannot take it over and nothing was deployed with the scripts, so start-up
/// stops and says how to begin again with a new database.
/// </summary>
internal static class ScriptBuiltDatabase
{
    private const string ScriptHistoryTable = "__schema_history";

    /// <summary>What to do, in Spanish, when the database was built by the scripts; null otherwise.</summary>
    public static async Task<string?> ProblemAsync(AppDbContext db, DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        var tableCount = settings.Provider switch
        {
            DatabaseProvider.Sqlite => $"""SELECT count(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = '{ScriptHistoryTable}'""",
            DatabaseProvider.PostgreSql => $"""SELECT count(*)::int AS "Value" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{ScriptHistoryTable}'""",
            _ => null, // the scripts never built a SQL Server database
        };
        if (tableCount is null || !await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken)
            || await db.Database.SqlQueryRaw<int>(tableCount).SingleAsync(cancellationToken) == 0)
        {
            return null;
        }

        var wayOut = settings.Provider == DatabaseProvider.Sqlite
            ? $"Si es la demostración, detenga la aplicación, borre la carpeta de datos {settings.DataDirectory} y vuelva a iniciarla: la demostración se carga de nuevo."
            : "Si es una base de prueba o de demostración, bórrela y créela vacía, y vuelva a iniciar la aplicación.";
        return "La base de datos fue creada por los scripts SQL de una versión anterior (tiene la tabla " + ScriptHistoryTable + ") " +
            "y esta versión crea el esquema con migraciones de EF Core, que no pueden continuarla. " + wayOut +
            " Si guarda datos que deben conservarse, apunte ConnectionStrings__Default a una base nueva y vuelva a cargarlos en ella.";
    }
}
