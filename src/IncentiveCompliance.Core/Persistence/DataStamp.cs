using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IncentiveCompliance.Core.Persistence;

/// <summary>
/// One row per region of Peru (its two-digit code, 01 to 25) and one shared row (<see cref="Shared"/>), whose value changes
/// in the same transaction as every saved change of the data a signed-in page shows: a change that names a region (a
/// region code, or a ubigeo) renews that region's row, any other the shared row. A node keeps a page it rendered for a
/// user of one region (a secretariat, a municipality) while both rows keep their value, and reads them with the caller's
/// scope on every request, so a change saved through any node is seen by the very next request (docs/decisions/0018).
/// </summary>
/// <remarks>
/// Sessions, the audit trail and the key ring renew nothing: no kept page shows them, and every sign-in would otherwise
/// empty every node's pages. Changes made without the change tracker (ExecuteUpdate, ExecuteDelete) renew nothing either:
/// the one such write (an import's progress) is shown only by pages that are not kept.
/// </remarks>
public sealed class DataStamp
{
    public const string Shared = "*";

    /// <summary>The departments' codes (INEI): the rows the migration writes, with <see cref="Shared"/>.</summary>
    public static readonly IReadOnlyList<string> Regions = [.. Enumerable.Range(1, 25).Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];

    public required string Scope { get; init; }

    public long Value { get; set; }

    /// <summary>Gives a new value to the row of every region the changes about to be saved touch, or to the shared row.</summary>
    internal static void TouchForChanges(AppDbContext db)
    {
        var scopes = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !IsUnshown(e.Entity))
            .SelectMany(ScopesOf)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var scope in scopes)
        {
            var stamp = db.ChangeTracker.Entries<DataStamp>().FirstOrDefault(s => s.Entity.Scope == scope)?.Entity;
            if (stamp is null)
            {
                stamp = new DataStamp { Scope = scope };
                db.Attach(stamp);
            }

            stamp.Value = Random.Shared.NextInt64();
            db.Entry(stamp).Property(s => s.Value).IsModified = true;
        }
    }

    private static bool IsUnshown(object entity) =>
        entity is DataStamp or ReferenceStamp or UserSession or AuditEntry or DataProtectionKey;

    /// <summary>
    /// The regions an entry names, before and after the change; for an entry that names none (an evidence file), those of
    /// the tracked entries it belongs to (its submission); the shared row when nothing names a region.
    /// </summary>
    private static IEnumerable<string> ScopesOf(EntityEntry entry)
    {
        var found = RegionsNamedBy(entry).ToList();
        if (found.Count == 0)
        {
            found.AddRange(entry.Metadata.GetForeignKeys()
                .Select(fk => Principal(entry, fk))
                .Where(principal => principal is not null)
                .SelectMany(principal => RegionsNamedBy(principal!)));
        }

        return found.Count == 0 ? [Shared] : found;
    }

    private static IEnumerable<string> RegionsNamedBy(EntityEntry entry)
    {
        foreach (var name in (string[])["RegionCode", "Ubigeo"])
        {
            if (entry.Metadata.FindProperty(name) is null)
            {
                continue;
            }

            var property = entry.Property(name);
            foreach (var value in new[] { property.CurrentValue, entry.State == EntityState.Added ? null : property.OriginalValue })
            {
                if (value is string { Length: >= 2 } code && Regions.Contains(code[..2], StringComparer.Ordinal))
                {
                    yield return code[..2];
                }
            }
        }
    }

    /// <summary>The tracked entry a foreign key of <paramref name="entry"/> points to, if the context tracks it.</summary>
    private static EntityEntry? Principal(EntityEntry entry, IForeignKey fk)
    {
        var values = fk.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToList();
        return values.Any(v => v is null)
            ? null
            : entry.Context.ChangeTracker.Entries().FirstOrDefault(candidate =>
                fk.PrincipalEntityType.IsAssignableFrom(candidate.Metadata)
                && fk.PrincipalKey.Properties.Select(p => candidate.Property(p.Name).CurrentValue).SequenceEqual(values));
    }
}
