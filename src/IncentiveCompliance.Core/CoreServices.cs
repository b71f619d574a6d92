using System.Globalization;
using FluentValidation;
using IncentiveCompliance.Core.Common.Behaviours;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Core;

public static class CoreServices
{
    /// <summary>MediatR 5 registered by hand (see docs/decisions): mediator, handlers, validators, and the pipeline in order.</summary>
    public static IServiceCollection AddCore(this IServiceCollection services)
    {
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("es");
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Common.Jobs.RegionWorkQuota>();
        services.AddScoped<Common.Auditing.AuditTrail>();
        services.AddScoped<RequestAuthorization>();
        services.AddScoped<SignInSteps>();
        services.AddScoped<CallerAccount>();
        services.AddScoped<RequestOrigin>();
        services.AddScoped<Features.Training.AttendanceBook>();
        services.AddScoped<Features.Reports.ReportQueue>();
        services.AddScoped<Features.Reports.RegionalReportBuilder>();
        services.AddScoped<Features.Budget.BudgetFigures>();
        services.AddScoped<Features.Compliance.ComplianceFigures>();
        services.AddScoped<Features.Catalogue.ReferenceData>();
        services.AddSingleton<Features.Catalogue.ReferenceCache>();
        services.AddScoped<Features.Training.TrainingFigures>();
        services.AddScoped<Features.Transparency.PublicRankings>();
        services.AddSingleton<Features.Transparency.PublicRankingCache>();
        services.AddScoped<Features.National.NationalFigures>();

        var types = typeof(CoreServices).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false });
        foreach (var type in types)
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(IValidator<>))
                {
                    services.AddScoped(contract, type);
                }
            }
        }

        // Outermost first: log everything, refuse the unauthorized before validating, validate before handling.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        return services;
    }
}
