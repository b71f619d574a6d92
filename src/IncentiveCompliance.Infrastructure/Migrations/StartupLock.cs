using IncentiveCompliance.Infrastructure.Persistence;
using Npgsql;

namespace IncentiveCompliance.Infrastructure.Migrations;

/// <summary>
/// Makes application nodes that start together take turns preparing the database (migrations, then the
/// demo): on PostgreSQL a session advisory lock on a connection of its own, held until disposed. SQLite
/// serves a single node and needs none.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    private const long Key = 0x1C_2026_0001;
    private readonly NpgsqlConnection? connection;

    private StartupLock(NpgsqlConnection? connection) => this.connection = connection;

    public static async Task<StartupLock> TakeAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Provider != DatabaseProvider.PostgreSql)
        {
            return new StartupLock(null);
        }

        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is null)
        {
            return;
        }

        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await connection.DisposeAsync();
    }
}
