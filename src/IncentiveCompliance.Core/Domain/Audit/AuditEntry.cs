namespace IncentiveCompliance.Core.Domain.Audit;

/// <summary>
/// One recorded change: who, when, what, and the state before and after. Written in the same transaction as the
/// change; no request edits or deletes it.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }

    public DateTime At { get; init; }

    public required string UserId { get; init; }

    public required string UserEmail { get; init; }

    /// <summary>What happened, e.g. "submission.submitted", "submission.reviewed", "evidence.uploaded", "catalogue.loaded".</summary>
    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    /// <summary>The municipality concerned, so a region's secretariat reads its own region's trail.</summary>
    public string? Ubigeo { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
