using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Migrations;

/// <summary>A database administrator builds the PostgreSQL schema by hand from migrations/postgres/schema.sql.</summary>
public sealed class SchemaScriptByHandTests(PostgresServer postgres)
{
    // The schema as the catalogue describes it: columns, indexes and constraints.
    private const string Catalogue = """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || ' null=' || is_nullable || ' default=' || coalesce(column_default, '')
          FROM information_schema.columns WHERE table_schema = current_schema()
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
        UNION ALL
        SELECT 'constraint ' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
          FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema()
        ORDER BY 1
        """;

    [Fact]
    public async Task The_PostgreSQL_script_applied_by_hand_builds_a_schema_the_application_starts_on_and_loads_the_demo_into()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, postgres);
        var script = await File.ReadAllTextAsync(SchemaScripts.PathFor(DatabaseProvider.PostgreSql));
        await Execute(database, script);
        await Execute(database, script); // idempotent: a second run changes nothing
        var byHand = await ReadCatalogue(database);

        await using var app = await AppServices.StartAsync(database, demo: true, ownsDatabase: true);

        (await app.Query(db => db.Municipalities.CountAsync())).Should().Be(116);
        (await ReadCatalogue(database)).Should().Equal(byHand, "start-up finds every migration applied and changes nothing");
    }

    private static async Task Execute(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ReadCatalogue(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Catalogue, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
