using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Notifications;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class NotificationEndpoints
{
    public static void MapNotifications(this RouteGroupBuilder api)
    {
        api.MapGet("/notifications", (bool? unread, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListNotifications(unread ?? false, limit ?? PageSize.Default, cursor), ct))
            .WithSummary("Las notificaciones de quien llama (?unread=true: solo las no leídas)");

        api.MapPost("/notifications/{id:long}/read", (long id, IMediator m, CancellationToken ct) => m.Send(new MarkNotificationRead(id), ct));
    }
}
