using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Notifications;

/// <summary>Marks one of the caller's notifications as read; another user's is not found.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer)]
public sealed record MarkNotificationRead(long NotificationId) : IRequest<NotificationView>;

internal sealed class MarkNotificationReadHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkNotificationRead, NotificationView>
{
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
