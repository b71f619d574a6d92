using IncentiveCompliance.Web.Api.Description;
using Scalar.AspNetCore;

namespace IncentiveCompliance.Web.Hosting;

/// <summary>
/// The interactive API reference (Scalar) at /docs/api, reading /openapi/v1.json: public, since it describes the contract
/// and holds no data. It lives outside /api, whose pipeline is bearer-only with JSON errors and the strict content policy;
/// its own policy is in <see cref="Security.SecurityHeaders"/>. Everything it loads comes from this application: Scalar's
/// bundle is served from the package, and the fonts, telemetry, AI agent, MCP link and developer toolbar that would call
/// Scalar's servers are off.
/// </summary>
public static class ApiReference
{
    public const string Path = "/docs/api";

    /// <summary>Where the README pointed integrators before: it answers a redirect, without a token.</summary>
    public const string OldPath = "/api/docs";

    public static void MapApiReference(this IEndpointRouteBuilder app)
    {
        // A group, so that the page and the script files Scalar serves beside it are all public.
        app.MapGroup(Path).AllowAnonymous().MapScalarApiReference("", options => options
                .WithTitle("IncentiveCompliance — referencia de la API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddPreferredSecuritySchemes(ApiDocument.BearerScheme) // the token field is shown at once
                .WithLocalization(new ScalarLocalizationOptions { Locale = "es" })
                .AddHeadContent("""<script src="/js/api-reference.js"></script>""")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools() // its «Compartir» and «Generar SDK» would send the document to Scalar's servers
                .WithNonce()); // a fresh nonce per request for the inline start-up script; the content policy names it

        app.MapGet(OldPath, () => Results.Redirect(Path)).AllowAnonymous().ExcludeFromDescription();
    }
}
