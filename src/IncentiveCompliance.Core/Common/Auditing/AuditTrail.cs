using System.Text.Json;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Persistence;

namespace IncentiveCompliance.Core.Common.Auditing;

/// <summary>
/// Records who changed what, with the state before and after, in the same unit of work as the change itself:
/// the entry is saved by the handler's SaveChanges, or not at all.
/// </summary>
public sealed class AuditTrail(AppDbContext db, ICurrentUser user, RequestOrigin origin, TimeProvider clock)
{
    /// <summary>The entity type of security events (sign-in, sign-out, accounts): read by administrators only, never in a region's trail.</summary>
    public const string SecurityEntity = "Account";

    // A snapshot names an enum as the API does ("monthly"), never by its number.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { EnumJson.Converter() } };

    /// <param name="regionCode">For changes that concern a region but no municipality (a training); otherwise taken from the ubigeo.</param>
    public void Record(AuditAction action, string entityType, string entityId, string? ubigeo, object? before, object? after, string? regionCode = null) =>
        Add(user.UserId ?? "anónimo", user.Email ?? "", action, entityType, entityId, ubigeo, before, after, regionCode);

    /// <summary>
    /// A security event about an account (sign-in, sign-out, account changes), done by <paramref name="actorEmail"/>: the
    /// account itself when nobody is signed in yet, the administrator otherwise.
    /// </summary>
    public void RecordSecurity(AuditAction action, string accountId, object? details, string? actorId = null, string? actorEmail = null) =>
        Add(actorId ?? user.UserId ?? "anónimo", actorEmail ?? user.Email ?? "", action, SecurityEntity, accountId, null, null, details, null);

    private void Add(string userId, string email, AuditAction action, string entityType, string entityId, string? ubigeo, object? before, object? after, string? regionCode) =>
        db.AuditTrail.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserEmail = email,
            Address = origin.Address,
            Browser = origin.Browser,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Ubigeo = ubigeo,
            RegionCode = ubigeo?[..2] ?? regionCode,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}
