using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Domain.Territory;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IncentiveCompliance.Core.Persistence;

/// <summary>
/// Which <see cref="DataStamp"/> rows a save renews: the regions its changes name (a region code, or the first two digits
/// of a ubigeo, before and after the change); for an entity that names none (an evidence file), the regions of the tracked
/// entity it belongs to (its submission); otherwise the shared row. Erring is safe one way only: a row renewed for nothing
/// empties kept pages, a row missed leaves them stale.
/// </summary>
internal static class ChangedRegions
{
    /// <summary>
    /// A user's sign-in bookkeeping, which no kept page shows: a change of these alone renews nothing (otherwise every
    /// sign-in of an administrator, even a failed one, would empty every kept page).
    /// </summary>
    private static readonly HashSet<string> UserBookkeeping = new(StringComparer.Ordinal)
    {
        nameof(AppUser.LastSignInAt), nameof(AppUser.AccessFailedCount), nameof(AppUser.LockoutEnd), nameof(AppUser.SecurityStamp),
        nameof(AppUser.ConcurrencyStamp), nameof(AppUser.PasswordHash), nameof(AppUser.MustChangePassword),
    };

    public static HashSet<string> Of(IReadOnlyList<EntityEntry> entries)
    {
        var principals = new Lazy<Dictionary<(IEntityType, string), EntityEntry>>(() => ByKey(entries));
        var regions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(IsShownChange))
        {
            var named = Named(entry).ToList();
            if (named.Count == 0)
            {
                named.AddRange(entry.Metadata.GetForeignKeys().Where(fk => fk.PrincipalKey.IsPrimaryKey())
                    .Select(fk => principals.Value.GetValueOrDefault((fk.PrincipalEntityType, KeyOf(entry, fk.Properties))))
                    .Where(principal => principal is not null)
                    .SelectMany(principal => Named(principal!)));
            }

            regions.UnionWith(named.Count == 0 ? [DataStamp.Shared] : named);
        }

        return regions;
    }

    /// <summary>The tracked entries by type and primary key, to find what a changed entity belongs to without a scan each time.</summary>
    private static Dictionary<(IEntityType, string), EntityEntry> ByKey(IReadOnlyList<EntityEntry> entries)
    {
        var byKey = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var entry in entries.Where(e => e.Metadata.FindPrimaryKey() is not null))
        {
            byKey.TryAdd((entry.Metadata, KeyOf(entry, entry.Metadata.FindPrimaryKey()!.Properties)), entry);
        }

        return byKey;
    }

    /// <summary>A change a kept page may show: none to sessions, the audit trail, the key ring or the stamps, nor to a user's bookkeeping alone.</summary>
    private static bool IsShownChange(EntityEntry entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => !IsUnshown(entry.Entity),
        EntityState.Modified => !IsUnshown(entry.Entity)
            && (entry.Entity is not AppUser || entry.Properties.Any(p => p.IsModified && !UserBookkeeping.Contains(p.Metadata.Name))),
        _ => false,
    };

    private static bool IsUnshown(object entity) =>
        entity is DataStamp or ReferenceStamp or UserSession or AuditEntry or DataProtectionKey;

    /// <summary>The regions an entry names itself, before and after the change.</summary>
    private static IEnumerable<string> Named(EntityEntry entry)
    {
        foreach (var name in entry.Entity is Region ? ["Code"] : (string[])["RegionCode", "Ubigeo"])
        {
            if (entry.Metadata.FindProperty(name) is null)
            {
                continue;
            }

            var property = entry.Property(name);
            foreach (var value in new[] { property.CurrentValue, entry.State == EntityState.Added ? null : property.OriginalValue })
            {
                if (value is string { Length: >= 2 } code && DataStamp.Regions.Contains(code[..2], StringComparer.Ordinal))
                {
                    yield return code[..2];
                }
            }
        }
    }

    private static string KeyOf(EntityEntry entry, IReadOnlyList<IProperty> properties) =>
        string.Join('\u001f', properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
}
