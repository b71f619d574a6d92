using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;

namespace IncentiveCompliance.Core.Features.Notifications;

/// <summary>The caller's own notifications, newest first (by id); how many are unread is <see cref="CountUnreadNotifications"/>.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
public sealed record ListNotifications(bool UnreadOnly = false, int Limit = PageSize.Default, string? Cursor = null)
    : IRequest<Page<NotificationView>>, IPagedRequest
{
    internal static readonly PageCursor<Before> Cursors = new("notifications");

    internal sealed record Before(long Id);
}

public sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator() => this.ValidPage(ListNotifications.Cursors);
}

internal sealed class ListNotificationsHandler(AppDbContext db, ICurrentUser user) : IRequestHandler<ListNotifications, Page<NotificationView>>
{
    public async Task<Page<NotificationView>> Handle(ListNotifications request, CancellationToken cancellationToken)
    {
        var before = ListNotifications.Cursors.After(request)?.Id;
        return await db.Notifications.Where(n => n.UserId == user.UserId)
            .Where(n => (!request.UnreadOnly || n.ReadAt == null) && (before == null || n.Id < before))
            .OrderByDescending(n => n.Id)
            .Select(n => new NotificationView(n.Id, n.Title, n.Message, n.Link, n.CreatedAt, n.ReadAt))
            .ToPageAsync(request, ListNotifications.Cursors, n => new ListNotifications.Before(n.Id), cancellationToken);
    }
}
