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

    /// <summary>The client's address and browser, when the change came through the web or the API.</summary>
    public string? Address { get; init; }

    public string? Browser { get; init; }

    /// <summary>What happened; stored under the action's dotted name ("submission.reviewed").</summary>
    public required AuditAction Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    /// <summary>The municipality concerned, if any.</summary>
    public string? Ubigeo { get; init; }

    /// <summary>The region concerned (the municipality's, or a training's), so a region's secretariat reads only its own trail; none for program-wide changes.</summary>
    public string? RegionCode { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
