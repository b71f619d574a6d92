using System.Text.Json;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Persistence;

namespace IncentiveCompliance.Core.Common.Auditing;

/// <summary>
/// Records who changed what, with the state before and after, in the same unit of work as the change itself:
/// the entry is saved by the handler's SaveChanges, or not at all.
/// </summary>
public sealed class AuditTrail(AppDbContext db, ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="regionCode">For changes that concern a region but no municipality (a training); otherwise taken from the ubigeo.</param>
    public void Record(string action, string entityType, string entityId, string? ubigeo, object? before, object? after, string? regionCode = null) =>
        db.AuditTrail.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user.UserId ?? "anónimo",
            UserEmail = user.Email ?? "",
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Ubigeo = ubigeo,
            RegionCode = ubigeo?[..2] ?? regionCode,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}
