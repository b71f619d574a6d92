using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Core.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IncentiveCompliance.Core.Persistence;

/// <summary>
/// The one row whose value changes, in the same transaction, with every saved change of the data nodes keep in memory
/// (the catalogue of a year and the holidays: <see cref="Features.Catalogue.ReferenceData"/>). Every node reads it with the
/// caller's scope at the start of each request, so a change saved through one node is seen by the very next request on
/// any node (docs/decisions/0016).
/// </summary>
public sealed class ReferenceStamp
{
    public const int RowId = 1;

    /// <summary>The value the migration writes; any later one is a new random value.</summary>
    public static readonly Guid Initial = new("6d1f0c2e-5a7b-4e39-9c1d-2f8b3a4e5c60");

    public int Id { get; init; } = RowId;

    public Guid Value { get; set; }

    /// <summary>Gives the row a new value when the changes about to be saved touch cached data.</summary>
    internal static void TouchIfCachedDataChanges(AppDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        if (!db.ChangeTracker.Entries().Any(IsCachedDataChange))
        {
            return;
        }

        var stamp = db.ChangeTracker.Entries<ReferenceStamp>().FirstOrDefault()?.Entity;
        if (stamp is null)
        {
            stamp = new ReferenceStamp();
            db.Attach(stamp);
        }

        stamp.Value = Guid.NewGuid();
        db.Entry(stamp).Property(s => s.Value).IsModified = true;
    }

    private static bool IsCachedDataChange(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is Holiday or ProgramYear or Commitment or Requirement;
}
