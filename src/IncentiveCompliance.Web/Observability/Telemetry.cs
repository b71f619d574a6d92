using IncentiveCompliance.Core.Common.Telemetry;
using IncentiveCompliance.Infrastructure;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace IncentiveCompliance.Web.Observability;

/// <summary>
/// OpenTelemetry (docs/operations.md, «Observabilidad»). Metrics: ASP.NET Core's HTTP server and Kestrel meters, EF
/// Core's and Npgsql's (database), the runtime's and the product's own (<see cref="AppMetrics"/>: jobs, imports,
/// reports), served at <c>/metrics</c> in Prometheus text to <see cref="MetricsOptions.AllowedNetworks"/>. Traces
/// (ASP.NET Core, Npgsql) go to an OTLP collector only when <c>OpenTelemetry:OtlpEndpoint</c> or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names one; read at registration, like the trusted proxies.
/// </summary>
public static class Telemetry
{
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<MetricsOptions>(MetricsOptions.Section);
        var otlp = OtlpEndpoint(configuration);
        var telemetry = services.AddOpenTelemetry()
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "Microsoft.EntityFrameworkCore", AppMetrics.MeterName)
                .AddNpgsqlInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        if (otlp is not null)
        {
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments(MetricsPath, StringComparison.Ordinal))
                .AddNpgsql()
                .AddOtlpExporter(o => o.Endpoint = otlp));
        }

        return services;
    }

    /// <summary>
    /// <c>/metrics</c>, placed before the forwarded headers are applied: the allowed networks are checked against the
    /// connection's own address, never against an <c>X-Forwarded-For</c> a client or proxy could write. Any other caller
    /// gets a bare 404, as for a page that does not exist (not 403, which would advertise it).
    /// </summary>
    public static WebApplication UseMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.Setting<MetricsOptions>();
        app.Use((context, next) =>
        {
            if (context.Request.Path != MetricsPath || options.Allows(context.Connection.RemoteIpAddress))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        app.UseOpenTelemetryPrometheusScrapingEndpoint(c => c.Request.Path == MetricsPath);
        return app;
    }

    private static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        var value = configuration["OpenTelemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException($"OpenTelemetry:OtlpEndpoint no es una dirección http(s) válida: «{value}».");
    }
}
