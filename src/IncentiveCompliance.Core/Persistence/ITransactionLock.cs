namespace IncentiveCompliance.Core.Persistence;

/// <summary>
/// A named lock held until the current transaction ends, so work that replaces the same rows takes turns across
/// processes and nodes instead of interleaving (two imports of one year must not add up, nor deadlock).
/// </summary>
public interface ITransactionLock
{
    /// <summary>Waits for the lock; call it inside a transaction, before reading what the transaction will replace.</summary>
    Task TakeAsync(string name, CancellationToken cancellationToken);
}
