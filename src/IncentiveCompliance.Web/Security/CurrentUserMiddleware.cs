using System.Security.Claims;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Persistence;
using Microsoft.AspNetCore.Authorization;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// Turns the authenticated principal into the request's <see cref="CurrentUser"/>, reading the role and
/// territory from the database. A user who signed out of that session, was deleted or lost their role
/// is treated as signed out, whatever cookie or token they hold. The same query gives the reference stamp, which the
/// request's <see cref="ReferenceData"/> uses to know whether the node's cached catalogue and holidays are current, and
/// the data stamps that tell whether a page kept for the caller is (<see cref="SignedInPages"/>).
/// </summary>
public static class CurrentUserMiddleware
{
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.RequestServices.GetRequiredService<RequestOrigin>().Set(context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent);
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var sp = context.RequestServices;
            var claimed = UserPrincipal.Read(context.User);
            var found = claimed is var (userId, sessionId)
                ? await LoadAccessScope.For(sp.GetRequiredService<AppDbContext>(), userId, sessionId, context.RequestAborted)
                : null;
            if (found is { } user)
            {
                sp.GetRequiredService<CurrentUser>().SignIn(claimed!.Value.UserId, user.Email, user.Scope, claimed.Value.SessionId);
                sp.GetRequiredService<ReferenceData>().Observe(user.ReferenceStamp);
                SignedInPages.Remember(context, user.DataVersion);
                NeverStore(context);
            }
            else
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context);
    });

    /// <summary>
    /// What only a signed-in user may see stays out of every cache, the browser's back button included, so nobody reads it
    /// on a shared computer after sign-out. Anonymous endpoints (fingerprinted static files) keep their own caching.
    /// </summary>
    private static void NeverStore(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
        }
    }
}
