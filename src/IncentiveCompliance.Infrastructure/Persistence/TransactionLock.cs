using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Infrastructure.Persistence;

/// <summary>PostgreSQL and SQL Server have transaction-scoped application locks; SQLite needs none, a write transaction already excludes every other writer.</summary>
internal sealed class TransactionLock(AppDbContext db, DatabaseSettings settings) : ITransactionLock
{
    public async Task TakeAsync(string name, CancellationToken cancellationToken)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.PostgreSql:
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({name}))", cancellationToken);
                break;
            case DatabaseProvider.SqlServer:
                await db.Database.ExecuteSqlAsync($"EXEC sp_getapplock @Resource = {name}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken);
                break;
        }
    }
}
