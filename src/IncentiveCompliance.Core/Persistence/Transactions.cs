using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Persistence;

/// <summary>
/// The one way to run work in a transaction of its own. PostgreSQL and SQL Server retry a unit of work that meets a
/// transient failure (the database restarting, a dropped connection: docs/decisions/0015), and a transaction opened by
/// hand must be retried whole, so it runs inside the provider's execution strategy. Each attempt starts on an empty
/// change tracker: the work loads what it changes inside the unit, and a retry neither keeps nor adds twice what the
/// failed attempt had staged. The transaction is saved and committed when the work returns; an exception rolls it back.
/// </summary>
public static class Transactions
{
    public static Task<T> InTransactionAsync<T>(this AppDbContext db, Func<Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await work();
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return result;
            },
            cancellationToken);
}
