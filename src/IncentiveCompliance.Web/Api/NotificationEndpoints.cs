using IncentiveCompliance.Core.Features.Notifications;
using IncentiveCompliance.Web.Api.Description;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class NotificationEndpoints
{
    public static void MapNotifications(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("").WithTags(ApiTags.Notifications);
        notifications.MapGet("/notifications", (bool? unread, IMediator m, CancellationToken ct) => m.Send(new ListNotifications(unread ?? false), ct))
            .WithName("ListNotifications")
            .WithSummary("Las notificaciones de quien llama")
            .WithDescription("De la más reciente a la más antigua, con el número de no leídas; `unread=true` trae solo las no leídas.");

        notifications.MapPost("/notifications/{id:long}/read", (long id, IMediator m, CancellationToken ct) => m.Send(new MarkNotificationRead(id), ct))
            .WithName("MarkNotificationRead")
            .WithSummary("Marca una notificación como leída")
            .WithDescription("Solo las propias; marcarla otra vez no cambia nada.");
    }
}
