using IncentiveCompliance.Core.Features.Notifications;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages.Notificaciones;

/// <summary>The caller's notifications (deadlines coming or passed), newest first; opening one marks it read.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public NotificationList Notifications { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Notifications = await mediator.Send(new ListNotifications(), ct);

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        var notice = await mediator.Send(new MarkNotificationRead(id), ct);
        return LocalRedirect(notice.Link);
    }
}
