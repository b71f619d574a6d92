using System.Data.Common;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace IncentiveCompliance.Infrastructure.Migrations;

/// <summary>
/// Applies the versioned SQL scripts that are not yet in the history table, each in its own transaction.
/// Start-up calls it under <see cref="StartupLock"/>, so nodes that start together take turns: the first
/// applies, the others find nothing left to do. A script changed after it was applied stops start-up.
/// </summary>
public sealed partial class SchemaMigrator(AppDbContext db, DatabaseSettings settings, ILogger<SchemaMigrator> logger)
{
    public const string HistoryTable = "__schema_history";

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ApplyPending(connection, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The scripts not applied yet; empty when the schema is current.</summary>
    public async Task<IReadOnlyList<MigrationScript>> PendingAsync(CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var exists = settings.Provider == DatabaseProvider.PostgreSql
                ? $"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{HistoryTable}'"
                : $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'";
            var applied = Convert.ToInt64(await Scalar(connection, null, exists, cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0
                ? new Dictionary<int, string>()
                : await Applied(connection, null, cancellationToken);
            return MigrationScript.For(settings.Provider).Where(s => !applied.ContainsKey(s.Version)).ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> ApplyPending(DbConnection connection, CancellationToken cancellationToken)
    {
        var timestampType = settings.Provider == DatabaseProvider.PostgreSql ? "timestamp with time zone" : "TEXT";
        await Execute(connection, null, $"""
            CREATE TABLE IF NOT EXISTS "{HistoryTable}" (
                "Version" integer NOT NULL PRIMARY KEY,
                "Name" varchar(200) NOT NULL,
                "Checksum" varchar(64) NOT NULL,
                "AppliedAt" {timestampType} NOT NULL)
            """, cancellationToken);

        var count = 0;
        foreach (var script in MigrationScript.For(settings.Provider))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var applied = await Applied(connection, transaction, cancellationToken);
            if (applied.TryGetValue(script.Version, out var checksum))
            {
                if (checksum != script.Checksum)
                {
                    throw new InvalidOperationException($"La migración {script.Name} cambió después de aplicarse; escriba una nueva migración en su lugar.");
                }

                continue;
            }

            await Execute(connection, transaction, script.Sql, cancellationToken);
            await Execute(connection, transaction, $"""INSERT INTO "{HistoryTable}" ("Version", "Name", "Checksum", "AppliedAt") VALUES (@version, @name, @checksum, @appliedAt)""", cancellationToken,
                ("version", script.Version), ("name", script.Name), ("checksum", script.Checksum), ("appliedAt", DateTime.UtcNow));
            await transaction.CommitAsync(cancellationToken);
            LogApplied(logger, script.Name);
            count++;
        }

        return count;
    }

    private static async Task<Dictionary<int, string>> Applied(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"""SELECT "Version", "Checksum" FROM "{HistoryTable}" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task Execute(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> Scalar(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Name}")]
    private static partial void LogApplied(ILogger logger, string name);
}
