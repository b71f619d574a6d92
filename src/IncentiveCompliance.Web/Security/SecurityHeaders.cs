using IncentiveCompliance.Web.Hosting;
using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;

namespace IncentiveCompliance.Web.Security;

/// <summary>Headers every response carries, errors included: a strict content policy, no sniffing, no framing.</summary>
public static class SecurityHeaders
{
    private const string Strict =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    // The API reference (Scalar, at /docs/api) starts from one inline module script, allowed by the nonce Scalar draws for
    // each request, and styles its components inline; it loads nothing from elsewhere, and its requests go to this origin.
    private static string ApiReferencePolicy(string? scriptNonce) =>
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
        $"script-src 'self'{(scriptNonce is null ? "" : $" 'nonce-{scriptNonce}'")}; " +
        "object-src 'none'; frame-ancestors 'none'; form-action 'none'; base-uri 'self'";

    // Hangfire's dashboard (administrators only) styles elements inline and starts its charts from inline script.
    private const string JobsDashboardPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    // The report preview is the PDF's own HTML with its <style> element; it runs no script at all.
    private const string ReportPreview =
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

    public const string ReportPreviewSuffix = "/VistaPrevia";

    /// <summary>
    /// Set as the response starts rather than as the request arrives: the exception handler clears the headers of a
    /// failed request before it writes the error, and an error answer needs them as much as any other.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path; // as asked: a mounted app (the jobs dashboard) moves it into PathBase
        context.Response.OnStarting(() =>
        {
            Apply(context.Response.Headers, path, context.Items[ScalarOptions.NonceHttpContextItemKey] as string);
            return Task.CompletedTask;
        });
        return next(context);
    });

    private static void Apply(IHeaderDictionary headers, PathString path, string? scriptNonce)
    {
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy)) // an inline evidence view sets its own, stricter one
        {
            headers.ContentSecurityPolicy = path.StartsWithSegments(ApiReference.Path, StringComparison.OrdinalIgnoreCase)
                    ? ApiReferencePolicy(scriptNonce)
                : path.StartsWithSegments(JobsDashboard.Path, StringComparison.OrdinalIgnoreCase) ? JobsDashboardPolicy
                : path.Value?.EndsWith(ReportPreviewSuffix, StringComparison.Ordinal) == true ? ReportPreview
                : Strict;
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
