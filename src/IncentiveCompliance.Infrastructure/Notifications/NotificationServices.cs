using IncentiveCompliance.Core.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Notifications;

public static class NotificationServices
{
    public static IServiceCollection AddNotificationMail(this IServiceCollection services) =>
        services.AddSingleton<INotificationMailer, SmtpNotificationMailer>();
}
