using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Notifications;

/// <summary>The caller's own notifications, newest first, and how many are unread (the bell).</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record ListNotifications(bool UnreadOnly = false) : IRequest<NotificationList>;

public sealed record NotificationList(int Unread, IReadOnlyList<NotificationView> Items);

internal sealed class ListNotificationsHandler(AppDbContext db, ICurrentUser user) : IRequestHandler<ListNotifications, NotificationList>
{
    public async Task<NotificationList> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await mine.Where(n => !request.UnreadOnly || n.ReadAt == null).OrderByDescending(n => n.Id).Take(100)
            .Select(n => new NotificationView(n.Id, n.Title, n.Message, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken);
        return new NotificationList(unread, items);
    }
}
