using IncentiveCompliance.Core.Common;
using IncentiveCompliance.Infrastructure;
using IncentiveCompliance.Infrastructure.Migrations;
using IncentiveCompliance.Web.Api.Description;
using IncentiveCompliance.Web.Errors;
using IncentiveCompliance.Web.Observability;
using IncentiveCompliance.Web.Security;

namespace IncentiveCompliance.Web.Hosting;

public static class WebServices
{
    /// <summary>
    /// The product's services (<see cref="ApplicationServices"/>) and what only the web host has: logging, pages, the
    /// API's errors and documents, telemetry, health checks, authentication, trusted proxies and the sign-in rate limit.
    /// </summary>
    public static WebApplicationBuilder AddIncentiveCompliance(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.Logging.ClearProviders();
        // Scopes carry the request's trace and span ids (the logger factory's activity tracking), on every line.
        builder.Logging.AddJsonConsole(o =>
        {
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffzzz";
            o.IncludeScopes = true;
        });
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        services.AddIncentiveCompliance(builder.Configuration);
        services.AddAppAuthentication();
        services.AddTelemetry(builder.Configuration);

        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new AccountStepPages());
            o.Conventions.ConfigureFilter(new DomainErrorPageFilter());
        });
        // Results carry enums; the API writes them by their snake_case names ("on_track"), as it always has.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(EnumJson.Converter()));
        // A request that does not bind throws, so the API's error handler can name the field and what it expects (BindingErrors).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Title = StatusTitles.Spanish(c.ProblemDetails);
            c.ProblemDetails.Extensions["traceId"] = TraceIds.Of(c.HttpContext);
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddSettings<ApiDocumentOptions>(ApiDocumentOptions.Section);
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ApiDocument>();
            o.AddOperationTransformer<ApiOperations>();
            o.AddSchemaTransformer<OptionalFields>();
        });
        // Short, so a database that is down answers «not ready» at once instead of after the retries of a unit of work.
        services.AddHealthChecks().AddCheck<SchemaHealthCheck>("database", tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        services.AddProxyTrust(builder.Configuration);
        services.AddSignInRateLimit();
        services.AddPublicTraffic();
        services.AddOutputCache(o => o.AddPolicy(SignedInPages.Policy, new SignedInPages()));
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }
}
