namespace IncentiveCompliance.Core.Features.Notifications;

/// <summary>A notification as the notification requests answer it.</summary>
public sealed record NotificationView(long Id, string Title, string Message, string Link, DateTime CreatedAt, DateTime? ReadAt);
