using System.Globalization;

namespace IncentiveCompliance.Core.Persistence;

/// <summary>
/// One row per region of Peru (its two-digit code, 01 to 25) and one shared row (<see cref="Shared"/>), whose value changes
/// in the same transaction as every saved change of the data a signed-in page shows: the rows of the regions the change
/// names, or the shared row (<see cref="ChangedRegions"/>). A node keeps a page it rendered for a user of one region (a
/// secretariat, a municipality) while both rows keep their value, and reads them with the caller's scope on every
/// request, so a change saved through any node is seen by the very next request (docs/decisions/0018).
/// </summary>
/// <remarks>
/// Changes made without the change tracker (ExecuteUpdate, ExecuteDelete) renew nothing by themselves: the import's
/// progress is shown only by pages that are not kept, and the budget lines an import deletes go in the transaction that
/// also saves the import (its region, or the shared row). Keep it so.
/// </remarks>
public sealed class DataStamp
{
    public const string Shared = "*";

    /// <summary>The departments' codes (INEI): the rows the migration writes, with <see cref="Shared"/>.</summary>
    public static readonly IReadOnlyList<string> Regions = [.. Enumerable.Range(1, 25).Select(n => n.ToString("00", CultureInfo.InvariantCulture))];

    public required string Scope { get; init; }

    public long Value { get; set; }

    /// <summary>Gives a new value to the row of every region the changes about to be saved touch, or to the shared row.</summary>
    /// <remarks>Changes were detected just before (<see cref="ReferenceStamp"/>): the entries are listed once, without detecting them again.</remarks>
    internal static void TouchForChanges(AppDbContext db)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var entries = db.ChangeTracker.Entries().ToList();
            var tracked = entries.Select(e => e.Entity).OfType<DataStamp>().ToDictionary(s => s.Scope, StringComparer.Ordinal);
            foreach (var scope in ChangedRegions.Of(entries))
            {
                if (!tracked.TryGetValue(scope, out var stamp))
                {
                    stamp = new DataStamp { Scope = scope };
                    db.Attach(stamp);
                }

                stamp.Value = Random.Shared.NextInt64();
                db.Entry(stamp).Property(s => s.Value).IsModified = true;
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
