using IncentiveCompliance.Core;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Infrastructure.Budget;
using IncentiveCompliance.Infrastructure.Demo;
using IncentiveCompliance.Infrastructure.Files;
using IncentiveCompliance.Infrastructure.Jobs;
using IncentiveCompliance.Infrastructure.Notifications;
using IncentiveCompliance.Infrastructure.Pdf;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure;

public static class ApplicationServices
{
    /// <summary>
    /// The product without its web front: mediator pipeline, database, identity, files, PDF, e-mail, background jobs and
    /// the database's preparation at start, with every setting in a validated options class. The web host adds pages,
    /// the API and authentication on top; the test harness uses this same registration and replaces only the job client.
    /// </summary>
    public static IServiceCollection AddIncentiveCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCore();
        if (configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.Showcase)}"))
        {
            // The showcase replays reviews made weeks ago on a clock set back for the moment (ShowcaseClock), before start-up ends.
            services.AddSingleton<TimeProvider>(new ShowcaseClock(TimeProvider.System));
        }

        services.AddSettings<BudgetOptions>(BudgetOptions.Section);
        services.AddSingleton(sp => new BudgetPace(sp.Setting<BudgetOptions>().ExpectedPaceShare));
        services.AddSingleton(sp => new BudgetUploads(sp.Setting<BudgetOptions>().KeepFailedUploadsDays));
        services.AddAppDatabase();
        services.AddAppIdentity(configuration);
        services.AddFileStorage();
        services.AddPdfRendering();
        services.AddNotificationMail();
        services.AddHostedService<DatabasePreparation>();
        services.AddBackgroundJobs(configuration);
        return services;
    }
}
