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
/// Endpoint metadata of an upload route (API or page): the request it will send, built from the route alone. Before
/// anything reads the body (the form binder, the antiforgery check, the multipart reader), that request passes the same
/// <see cref="RequestAuthorization"/> the mediator applies, so a caller without the role or the territory is refused
/// without sending a byte of a 25 MB or 8 GB file through the server.
/// </summary>
public sealed class UploadAccess(Func<RouteValueDictionary, object> describe)
{
    public static readonly UploadAccess Evidence = new(r => new SubmitProgress(Text(r, "ubigeo"), 0, Text(r, "code"), null, null, null, null, null, [], false));
    public static readonly UploadAccess Attendance = new(r => new ImportAttendance(Guid.TryParse(Text(r, "id"), out var id) ? id : Guid.Empty, null));
    public static readonly UploadAccess Budget = new(_ => new RequestBudgetImport(0, "", null));
    public static readonly UploadAccess Directory = new(_ => new ImportMunicipalities(null));
    public static readonly UploadAccess Catalogue = new(_ => new LoadCatalogue(null));

    public object Describe(RouteValueDictionary routeValues) => describe(routeValues);

    private static string Text(RouteValueDictionary values, string key) => values[key]?.ToString() ?? "";
}

public static class UploadAccessCheck
{
    /// <summary>After the caller is known and before the endpoint runs: uploads (anything but GET) are authorized first.</summary>
    public static IApplicationBuilder UseUploadAccess(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<UploadAccess>() is { } upload)
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
