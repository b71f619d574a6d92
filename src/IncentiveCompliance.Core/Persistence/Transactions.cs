using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Persistence;

/// <summary>
/// The one way to run work in a transaction of its own. PostgreSQL and SQL Server retry a unit of work that meets a
/// transient failure (the database restarting, a dropped connection: docs/decisions/0015), and a transaction opened by
/// hand must be retried whole, so it runs inside the provider's execution strategy. Before a retry, whatever the failed
/// attempt began tracking is let go, so the work loads it afresh and never adds twice what it had staged; what was
/// tracked before the work began stays, with the caller's unsaved changes. The transaction is saved and committed when
/// the work returns; an exception rolls it back.
/// </summary>
public static class Transactions
{
    public static Task<T> InTransactionAsync<T>(this AppDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var before = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            async token =>
            {
                foreach (var staged in db.ChangeTracker.Entries().Where(e => !before.Contains(e.Entity)).ToList())
                {
                    staged.State = EntityState.Detached;
                }

                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await work();
                // Changes are accepted only once committed: a commit that fails leaves them staged for the next attempt.
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                await transaction.CommitAsync(token);
                db.ChangeTracker.AcceptAllChanges();
                return result;
            },
            cancellationToken);
    }
}
