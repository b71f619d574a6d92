using IncentiveCompliance.Core.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Notifications;

public static class NotificationServices
{
    public static IServiceCollection AddNotificationMail(this IServiceCollection services)
    {
        services.AddSettings<AlertOptions>(AlertOptions.Section);
        services.AddSingleton(sp => new DeadlineAlerts(sp.Setting<AlertOptions>().WorkingDays));
        services.AddSettings<SmtpOptions>(SmtpOptions.Section);
        return services.AddSingleton<INotificationMailer, SmtpNotificationMailer>();
    }
}
