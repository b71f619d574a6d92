namespace IncentiveCompliance.Core.Domain.Notifications;

/// <summary>A message for one user (a deadline coming or passed), shown under the bell and, with SMTP, e-mailed once.</summary>
public sealed class Notification
{
    public long Id { get; private set; }

    public required string UserId { get; init; }

    /// <summary>What the notice is about and at which threshold, e.g. "due-soon:{item}": a user gets each key once.</summary>
    public required string Key { get; init; }

    public required string Ubigeo { get; init; }

    public required string Title { get; init; }

    public required string Message { get; init; }

    /// <summary>The page to act on, relative to the site.</summary>
    public required string Link { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ReadAt { get; set; }

    public DateTime? EmailedAt { get; set; }
}
