using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Migrations;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Migrations;

/// <summary>Start-up applies the provider's EF Core migrations once, whatever else starts beside it (docs/decisions/0009).</summary>
public sealed partial class MigrationStartupTests(PostgresServer postgres)
{
    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Starting_again_applies_nothing_and_the_roles_are_there(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (await AppServices.StartAsync(database, demo: false))
        {
        }

        await using var again = await AppServices.StartAsync(database, demo: false, ownsDatabase: true);

        await using var db = Context(database);
        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());
        (await db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync())
            .Should().Equal("Administrator", "BudgetOfficer", "MunicipalManager", "NationalViewer", "RegionalSecretariat");
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task Ready_only_once_every_migration_is_applied(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = Context(database);
        var check = new SchemaHealthCheck(db);

        (await check.CheckHealthAsync(new HealthCheckContext())).Status.Should().Be(HealthStatus.Unhealthy);
        await using (await AppServices.StartAsync(database, demo: false, ownsDatabase: true))
        {
            (await check.CheckHealthAsync(new HealthCheckContext())).Status.Should().Be(HealthStatus.Healthy);
        }
    }

    [Fact]
    public async Task Two_processes_starting_together_on_an_empty_PostgreSQL_database_migrate_once_and_load_the_demo_once()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, postgres);
        var settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Information",
        };

        var nodes = await Task.WhenAll(AppProcess.StartAsync(database, settings), AppProcess.StartAsync(database, settings));
        await using var first = nodes[0];
        await using var second = nodes[1];

        await using var db = Context(database);
        var output = first.Output + '\n' + second.Output;
        AppliedMigration().Matches(output).Select(m => m.Groups[1].Value).Should().Equal(db.Database.GetMigrations(), "one node applies each migration");
        (await db.Users.CountAsync()).Should().Be(DemoData.Users.Count);
        (await db.Municipalities.CountAsync()).Should().Be(116);
        await database.DeleteAsync();
    }

    [Fact]
    public async Task A_migration_lock_left_in_SQLite_by_a_killed_process_does_not_block_the_next_start()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, postgres);
        await using (var db = Context(database))
        {
            // What EF Core's SQLite lock leaves when its process dies before releasing it.
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-11-29 23:00:00');
                """);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            var migrateAlone = () => db.Database.MigrateAsync(patience.Token);
            await migrateAlone.Should().ThrowAsync<OperationCanceledException>("EF Core alone waits for that lock for ever");
        }

        var start = AppServices.StartAsync(database, demo: true, ownsDatabase: true);

        await using var app = await start.WaitAsync(TimeSpan.FromSeconds(60));
        (await app.Query(db => db.Municipalities.CountAsync())).Should().Be(116);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_database_built_by_the_old_SQL_scripts_stops_start_up_saying_what_to_do(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = Context(database))
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TABLE "__schema_history" ("Version" integer NOT NULL PRIMARY KEY, "Name" varchar(200) NOT NULL);
                CREATE TABLE "Regions" ("Code" varchar(2) NOT NULL PRIMARY KEY, "Name" varchar(100) NOT NULL);
                """);
        }

        var (exitCode, output) = await AppProcess.RunUntilExitAsync(database, TimeSpan.FromSeconds(60));

        exitCode.Should().Be(1, output);
        output.Should().Contain("creada por los scripts SQL de una versión anterior")
            .And.Contain(provider == DatabaseProvider.Sqlite ? $"borre la carpeta de datos {database.DataDirectory}" : "bórrela y créela vacía")
            .And.NotContain("   at ", "a refused database is explained, not dumped as a stack trace");
        await database.DeleteAsync();
    }

    private static AppDbContext Context(TestDatabase database) =>
        DatabaseServices.CreateContext(new DatabaseSettings(database.Provider, database.ConnectionString, database.DataDirectory));

    // The JSON console log escapes the quotes around the migration's id.
    [GeneratedRegex(@"Applying migration \S*?(\d{14}_\w+)")]
    private static partial Regex AppliedMigration();
}
