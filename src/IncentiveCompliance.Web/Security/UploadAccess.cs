using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Budget;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Training;
using IncentiveCompliance.Web.Errors;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// Endpoint metadata of an upload route: on an API endpoint (<c>WithMetadata</c>) or on the page model's class, so it
/// follows the page wherever it moves. It names the request the route will send, built from the route alone. Before
/// anything reads the body (the form binder, the antiforgery check, the multipart reader), that request passes the same
/// <see cref="RequestAuthorization"/> the mediator applies, so a caller without the role or the territory is refused
/// without sending a byte of a 25 MB or 8 GB file through the server.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadAccessAttribute(Upload upload) : Attribute
{
    public Upload Upload { get; } = upload;

    public object Describe(RouteValueDictionary routeValues) => Upload switch
    {
        Upload.Evidence => new SubmitProgress(Text(routeValues, "ubigeo"), 0, Text(routeValues, "code"), null, null, null, null, null, [], false),
        Upload.Attendance => new ImportAttendance(Guid.TryParse(Text(routeValues, "id"), out var id) ? id : Guid.Empty, null),
        Upload.Budget => new RequestBudgetImport(0, "", null),
        Upload.Directory => new ImportMunicipalities(null),
        Upload.Catalogue => new LoadCatalogue(null),
        _ => throw new ArgumentOutOfRangeException(nameof(routeValues), Upload, "Carga sin solicitud."),
    };

    private static string Text(RouteValueDictionary values, string key) => values[key]?.ToString() ?? "";
}

/// <summary>What an upload route receives, and so which request authorizes it.</summary>
public enum Upload
{
    Evidence,
    Attendance,
    Budget,
    Directory,
    Catalogue,
}

public static class UploadAccessCheck
{
    /// <summary>After the caller is known and before the endpoint runs: uploads (anything but GET) are authorized first.</summary>
    public static IApplicationBuilder UseUploadAccess(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<UploadAccessAttribute>() is { } upload)
        {
            try
            {
                await context.RequestServices.GetRequiredService<RequestAuthorization>()
                    .CheckAsync(upload.Describe(context.Request.RouteValues), context.RequestAborted);
            }
            catch (Exception refused) when (refused is ForbiddenException or NotFoundException or UnauthenticatedException)
            {
                context.Response.StatusCode = ErrorMapping.Of(refused)!.Value.Status; // the status pages answer in Spanish
                return;
            }
        }

        await next(context);
    });
}
