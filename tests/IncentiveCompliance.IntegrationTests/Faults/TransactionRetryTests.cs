using FluentAssertions;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Persistence;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.IntegrationTests.Jobs;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Faults;

/// <summary><see cref="Transactions.InTransactionAsync"/> on PostgreSQL, whose session the server ends mid-unit.</summary>
public sealed class TransactionRetryTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_unit_whose_connection_is_dropped_runs_again_whole_and_saves_its_rows_once()
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.PostgreSql, postgres, demo: false);
        await using var cleanup = new FolderCleanup(database.DataDirectory); // declared first, so disposed after the host
        await using var app = await AppServices.StartAsync(database, demo: false);
        var marker = Guid.NewGuid().ToString();
        var attempts = 0;

        await using (var scope = app.NewContext(out var db))
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            await db.InTransactionAsync(async () =>
            {
                audit.Record(AuditAction.HolidaySaved, "Holiday", marker, null, null, null); // a row with a generated key
                if (++attempts == 1)
                {
                    // The server ends this very session, as a restart or a fail-over would, before anything is saved.
                    await db.Database.ExecuteSqlRawAsync("SELECT pg_terminate_backend(pg_backend_pid())");
                }

                return attempts;
            }, CancellationToken.None);
        }

        attempts.Should().Be(2, "the whole unit ran again");
        (await app.Query(db => db.AuditTrail.CountAsync(a => a.EntityId == marker))).Should().Be(1, "the first attempt's row was let go, not saved twice");
    }
}
