using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Notifications;
using IncentiveCompliance.Web.Api.Description;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class NotificationEndpoints
{
    public static void MapNotifications(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("").WithTags(ApiTags.Notifications);
        notifications.MapGet("/notifications", (bool? unread, int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListNotifications(unread ?? false, limit ?? PageSize.Default, cursor), ct))
            .WithName("ListNotifications")
            .WithSummary("Las notificaciones de quien llama")
            .WithDescription("De la más reciente a la más antigua; `unread=true` trae solo las no leídas.");

        notifications.MapGet("/notifications/unread-count", async (IMediator m, CancellationToken ct) => new UnreadCount(await m.Send(new CountUnreadNotifications(), ct)))
            .WithName("CountUnreadNotifications")
            .WithSummary("Cuántas notificaciones no leídas tiene quien llama")
            .WithDescription("El número que la interfaz muestra junto a «Notificaciones».");

        notifications.MapPost("/notifications/{id:long}/read", (long id, IMediator m, CancellationToken ct) => m.Send(new MarkNotificationRead(id), ct))
            .WithName("MarkNotificationRead")
            .WithSummary("Marca una notificación como leída")
            .WithDescription("Solo las propias; marcarla otra vez no cambia nada.");
    }

    public sealed record UnreadCount(int Unread);
}
