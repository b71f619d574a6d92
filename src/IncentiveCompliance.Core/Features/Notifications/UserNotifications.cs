using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Notifications;

/// <summary>The caller's own notifications, newest first, and how many are unread (the bell).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record ListNotifications(bool UnreadOnly = false) : IRequest<NotificationList>;

/// <summary>Marks one of the caller's notifications as read; another user's is not found.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record MarkNotificationRead(long NotificationId) : IRequest<NotificationView>;

/// <summary>How many of the caller's notifications are unread, for the bell on every page.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record CountUnreadNotifications : IRequest<int>;

public sealed record NotificationList(int Unread, IReadOnlyList<NotificationView> Items);

public sealed record NotificationView(long Id, string Title, string Message, string Link, DateTime CreatedAt, DateTime? ReadAt);

internal sealed class UserNotificationHandlers(AppDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListNotifications, NotificationList>, IRequestHandler<MarkNotificationRead, NotificationView>, IRequestHandler<CountUnreadNotifications, int>
{
    public Task<int> Handle(CountUnreadNotifications request, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.UserId == user.UserId && n.ReadAt == null, cancellationToken);

    public async Task<NotificationList> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await mine.Where(n => !request.UnreadOnly || n.ReadAt == null).OrderByDescending(n => n.Id).Take(100)
            .Select(n => new NotificationView(n.Id, n.Title, n.Message, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken);
        return new NotificationList(unread, items);
    }

    public async Task<NotificationView> Handle(MarkNotificationRead request, CancellationToken cancellationToken)
    {
        // Only the caller's own notifications exist for them: the user is part of the lookup.
        var notice = await db.Notifications.SingleOrDefaultAsync(n => n.Id == request.NotificationId && n.UserId == user.UserId, cancellationToken)
            ?? throw new NotFoundException("la notificación", request.NotificationId);
        notice.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return new NotificationView(notice.Id, notice.Title, notice.Message, notice.Link, notice.CreatedAt, notice.ReadAt);
    }
}
