using IncentiveCompliance.Core;
using IncentiveCompliance.Core.Common.Jobs;
using IncentiveCompliance.Core.Domain.Budget;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Notifications;
using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Infrastructure.Migrations;
using IncentiveCompliance.Infrastructure.Notifications;
using IncentiveCompliance.Infrastructure.Files;
using IncentiveCompliance.Infrastructure.Jobs;
using IncentiveCompliance.Infrastructure.Pdf;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.Infrastructure.Security;
using IncentiveCompliance.Web.Errors;
using IncentiveCompliance.Web.Security;

namespace IncentiveCompliance.Web.Hosting;

public static class WebServices
{
    /// <summary>The pages that take a file, and the request each will send: authorized before the form is read.</summary>
    private static readonly (string Page, UploadAccess Upload)[] UploadPages =
    [
        ("/Municipalidades/Requisito", UploadAccess.Evidence),
        ("/Capacitaciones/Detalle", UploadAccess.Attendance),
        ("/Presupuesto/Importar", UploadAccess.Budget),
        ("/Municipalidades/Importar", UploadAccess.Directory),
        ("/Programa/Index", UploadAccess.Catalogue),
    ];

    public static WebApplicationBuilder AddIncentiveCompliance(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffzzz");

        services.AddSingleton(new BudgetPace(builder.Configuration.GetValue("Budget:ExpectedPaceShare", 1m)));
        services.AddSingleton(new BudgetUploads(builder.Configuration.GetValue("Budget:KeepFailedUploadsDays", BudgetUploads.Default.KeepFailedDays)));
        services.AddSingleton(new RegionWorkLimit(builder.Configuration.GetValue("Jobs:QueuedPerRegion", RegionWorkLimit.Default.PerRegion)));
        services.AddSingleton(new DeadlineAlerts(builder.Configuration.GetValue("Alerts:WorkingDays", DeadlineAlerts.Default.WorkingDays)));
        services.AddCore();
        services.AddAppDatabase();
        services.AddAppIdentity(builder.Configuration);
        services.AddEvidenceStorage();
        services.AddPdfRendering();
        services.AddNotificationMail();
        services.AddHostedService<DatabasePreparation>();
        services.AddBackgroundJobs(builder.Configuration);
        services.AddAppAuthentication(builder.Configuration);

        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new AccountStepPages());
            o.Conventions.ConfigureFilter(new DomainErrorPageFilter());
            foreach (var (page, upload) in UploadPages)
            {
                o.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(upload));
            }
        });
        // A request that does not bind throws, so the API's error handler can name the field and what it expects (BindingErrors).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Title = StatusTitles.Spanish(c.ProblemDetails));
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<SchemaHealthCheck>("database", tags: ["ready"]);
        services.AddProxyTrust(builder.Configuration);
        services.AddSignInRateLimit(builder.Configuration);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }
}
