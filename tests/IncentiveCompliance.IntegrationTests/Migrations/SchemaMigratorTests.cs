using FluentAssertions;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Migrations;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Migrations;

public sealed class SchemaMigratorTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task The_scripts_build_exactly_the_schema_the_model_expects(DatabaseProvider provider)
    {
        var migrated = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = Context(migrated))
        {
            (await Migrator(db, migrated).MigrateAsync()).Should().Be(MigrationScript.For(provider).Count);
        }

        var fromModel = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = Context(fromModel))
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = db.Database.GenerateCreateScript();
            await command.ExecuteNonQueryAsync();
        }

        var scripts = await Snapshot(migrated);
        var model = await Snapshot(fromModel);
        scripts.Should().NotBeEmpty();
        scripts.Except(model).Should().BeEmpty("the scripts create nothing the model lacks");
        model.Except(scripts).Should().BeEmpty("the model expects nothing the scripts lack: write a migration (see docs/architecture.md)");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Migrating_again_changes_nothing_and_the_roles_exist(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = Context(database);
        await Migrator(db, database).MigrateAsync();

        (await Migrator(db, database).MigrateAsync()).Should().Be(0);
        (await Migrator(db, database).PendingAsync()).Should().BeEmpty();
        (await db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync())
            .Should().Equal("Administrator", "BudgetOfficer", "MunicipalManager", "RegionalSecretariat");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task A_script_changed_after_it_was_applied_stops_start_up(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = Context(database);
        await Migrator(db, database).MigrateAsync();
        await db.Database.ExecuteSqlRawAsync($"""UPDATE "{SchemaMigrator.HistoryTable}" SET "Checksum" = 'edited'""");

        var act = () => Migrator(db, database).MigrateAsync();
        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*cambió después de aplicarse*");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Ready_only_once_every_script_is_applied(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = Context(database);
        var check = new SchemaHealthCheck(Migrator(db, database));

        (await check.CheckHealthAsync(new HealthCheckContext())).Status.Should().Be(HealthStatus.Unhealthy);
        await Migrator(db, database).MigrateAsync();
        (await check.CheckHealthAsync(new HealthCheckContext())).Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task Nodes_starting_together_on_PostgreSQL_migrate_and_load_the_demo_once()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, postgres);

        var nodes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => AppServices.StartAsync(database, demo: true))));

        var first = nodes[0];
        (await first.Query(db => db.Database.SqlQueryRaw<int>($"""SELECT count(*) AS "Value" FROM "{SchemaMigrator.HistoryTable}" """).SingleAsync()))
            .Should().Be(MigrationScript.For(DatabaseProvider.PostgreSql).Count);
        (await first.Query(db => db.Users.CountAsync())).Should().Be(DemoData.Users.Count);
        (await first.Query(db => db.Municipalities.CountAsync())).Should().Be(116);
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }
    }

    private static AppDbContext Context(TestDatabase database) =>
        new(DatabaseServices.Configure(new DbContextOptionsBuilder<AppDbContext>(), Settings(database)).Options as DbContextOptions<AppDbContext>
            ?? throw new InvalidOperationException());

    private static DatabaseSettings Settings(TestDatabase database) => new(database.Provider, database.ConnectionString, database.DataDirectory);

    private static SchemaMigrator Migrator(AppDbContext db, TestDatabase database) =>
        new(db, Settings(database), NullLogger<SchemaMigrator>.Instance);

    private static async Task<IReadOnlyList<string>> Snapshot(TestDatabase database)
    {
        await using var db = Context(database);
        await db.Database.OpenConnectionAsync();
        return await SchemaSnapshot.Read(db.Database.GetDbConnection(), database.Provider);
    }
}
