using IncentiveCompliance.Web.Api;
using IncentiveCompliance.Web.Observability;
using IncentiveCompliance.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IncentiveCompliance.Web.Hosting;

public static class WebPipeline
{
    public static WebApplication UseIncentiveCompliance(this WebApplication app)
    {
        app.UseSecurityHeaders(); // first, so that every answer carries them, /metrics and its 404 included
        app.UseMetricsEndpoint(); // before the forwarded headers: decided by the connection's own address
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/Error");
        app.UseWhen(ApiRoutes.IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !ApiRoutes.IsApi(c), ui => ui.UseStatusCodePagesWithReExecute("/Estado/{0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // sent only over HTTPS
        }

        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseCurrentUser();
        app.UseAuthorization();
        app.UseOutputCache(); // only what asks for it: the public ranking (PublicTraffic) and the most read signed-in pages (SignedInPages)
        app.UseUploadAccess();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapApi();
        app.MapJobsDashboard();
        app.MapOpenApi().AllowAnonymous();
        app.MapApiReference();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}
