using System.Data.Common;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace IncentiveCompliance.Infrastructure.Migrations;

/// <summary>
/// Makes nodes that start together take turns migrating and loading the demo, so a database is migrated once and an empty
/// one seeded once. A session lock on a connection of its own, held until disposed: an advisory lock on PostgreSQL,
/// an application lock on SQL Server. SQLite serves a single node and needs none.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    private const long PostgresKey = 0x1C_2026_0001;
    private const string SqlServerResource = "IncentiveCompliance.Startup";
    private readonly DbConnection? connection;
    private readonly string release;

    private StartupLock(DbConnection? connection, string release)
    {
        this.connection = connection;
        this.release = release;
    }

    public static async Task<StartupLock> TakeAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var (connection, take, release) = settings.Provider switch
        {
            // Not from the pool: closing it ends the session, and with it the lock, whatever happened to the unlock
            // (pooled PostgreSQL connections go back without DISCARD ALL: No Reset On Close, docs/decisions/0016).
            DatabaseProvider.PostgreSql => ((DbConnection)new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString),
                $"SELECT pg_advisory_lock({PostgresKey})", $"SELECT pg_advisory_unlock({PostgresKey})"),
            DatabaseProvider.SqlServer => (new SqlConnection(settings.ConnectionString),
                $"EXEC sp_getapplock @Resource = N'{SqlServerResource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1",
                $"EXEC sp_releaseapplock @Resource = N'{SqlServerResource}', @LockOwner = 'Session'"),
            _ => (null, "", ""),
        };
        if (connection is null)
        {
            return new StartupLock(null, release);
        }

        await connection.OpenAsync(cancellationToken);
        await Execute(connection, take, cancellationToken);
        return new StartupLock(connection, release);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            await Execute(connection, release, CancellationToken.None);
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private static async Task Execute(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0; // waiting for another node's turn is the point
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
