using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Notifications;

/// <summary>How many of the caller's notifications are unread, for the bell on every page.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
public sealed record CountUnreadNotifications : IRequest<int>;

internal sealed class CountUnreadNotificationsHandler(AppDbContext db, ICurrentUser user) : IRequestHandler<CountUnreadNotifications, int>
{
    public Task<int> Handle(CountUnreadNotifications request, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.UserId == user.UserId && n.ReadAt == null, cancellationToken);
}
