using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Notifications;
using IncentiveCompliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Notificaciones;

/// <summary>The caller's notifications (deadlines coming or passed), newest first; opening one marks it read.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [FromQuery(Name = Pager.Parameter)]
    public string? Cursor { get; set; }

    public Page<NotificationView> Notifications { get; private set; } = new([], null);

    public int Unread { get; private set; }

    public Pager Pager => new(Notifications.NextCursor, Cursor is not null, "Anteriores");

    public async Task OnGetAsync(CancellationToken ct)
    {
        Notifications = await mediator.Send(new ListNotifications(false, PageSize.Default, Cursor), ct);
        Unread = await mediator.Send(new CountUnreadNotifications(), ct);
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        var notice = await mediator.Send(new MarkNotificationRead(id), ct);
        return LocalRedirect(notice.Link);
    }
}
