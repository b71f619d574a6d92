using System.Globalization;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Common.Telemetry;
using IncentiveCompliance.Core.Domain.Calendar;
using IncentiveCompliance.Web.Pages.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// The most read signed-in pages (a region's dashboard, budget and training coverage, the review queue, a municipality's
/// compliance and budget) are kept by the output cache of the node that rendered them, for the one browser session they
/// were rendered for, and answered again while nothing they show has changed (docs/decisions/0018). Each request still
/// reads the caller's scope and the data stamps of the caller's region in one query (<see cref="CurrentUserMiddleware"/>),
/// so a sign-out, a disabled account, a changed role or a change saved through any node applies to the very next request.
/// </summary>
/// <remarks>
/// The key holds the user, the session, the scope, the antiforgery cookie (a kept form's token stays valid only for it),
/// the path and query, the day in Lima (deadlines count from it) and both stamps. Only users of one region are served
/// (a secretariat, a municipality's users): everything such a user may see lies in their region or is shared. Only a
/// complete HTML page that sets no cookie is kept, and none is answered to a request carrying a message to show once (TempData)
/// or a query parameter the pages do not read. Authorization inside the requests (<c>RequestAuthorization</c>) does not run
/// for a kept page: it depends on the role, the pending sign-in step and the territory, which the key and the conditions
/// hold. Anything a later rule depends on must be added to the key.
/// </remarks>
public sealed class SignedInPages : IOutputCachePolicy
{
    public const string Policy = "signed-in";

    private static readonly object DataVersionKey = new();

    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The query parameters the kept pages read. A request with any other (an export's <c>handler</c>, a made-up one) is
    /// answered as usual and not kept: nobody can fill the node's cache with copies of a page under invented addresses.
    /// </summary>
    private static readonly HashSet<string> PageParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "anio", "orden", "estado", "region", "provincia", "vence", Pager.Parameter,
    };

    /// <summary>What the caller's region shows, as the request's scope query read it (null: not kept).</summary>
    public static void Remember(HttpContext context, string? dataVersion) => context.Items[DataVersionKey] = dataVersion;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var user = http.RequestServices.GetRequiredService<ICurrentUser>();
        var antiforgery = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        var tempData = http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value;
        var key = HttpMethods.IsGet(http.Request.Method)
            && http.Items[DataVersionKey] is string version
            && user.Scope is { PendingStep: AccountStep.None, VisibleRegion: not null } scope
            && http.Request.Cookies[antiforgery.Cookie.Name!] is { } antiforgeryCookie
            && !http.Request.Cookies.ContainsKey(tempData.Cookie.Name!) // a message to show once is read by rendering
            && http.Request.Query.Keys.All(PageParameters.Contains)
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["user"] = $"{user.UserId}/{user.SessionId}/{scope.Role}/{scope.RegionCode}/{scope.Ubigeo}",
                ["antiforgery"] = antiforgeryCookie,
                ["data"] = version,
                ["day"] = LimaTime.Today(http.RequestServices.GetRequiredService<TimeProvider>()).ToString("O", CultureInfo.InvariantCulture),
            }
            : null;
        context.EnableOutputCaching = context.AllowCacheLookup = context.AllowCacheStorage = context.AllowLocking = key is not null;
        if (key is not null)
        {
            context.CacheVaryByRules.QueryKeys = "*";
            foreach (var (name, value) in key)
            {
                context.CacheVaryByRules.VaryByValues[name] = value;
            }

            context.ResponseExpirationTimeSpan = KeptFor;
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        AppMetrics.PageAnswered(kept: true);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0
            || response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
        {
            context.AllowCacheStorage = false;
        }

        if (context.EnableOutputCaching)
        {
            AppMetrics.PageAnswered(kept: false);
        }

        return ValueTask.CompletedTask;
    }
}
