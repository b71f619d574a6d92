using System.Security.Claims;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Core.Persistence;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// Turns the authenticated principal into the request's <see cref="CurrentUser"/>, reading the role and
/// territory from the database. A user who was deleted, lost their role or is locked out is treated as
/// signed out, whatever cookie or token they hold.
/// </summary>
public static class CurrentUserMiddleware
{
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null)
        {
            var sp = context.RequestServices;
            var found = await LoadAccessScope.For(sp.GetRequiredService<AppDbContext>(), userId, sp.GetRequiredService<TimeProvider>().GetUtcNow(), context.RequestAborted);
            if (found is { } user)
            {
                sp.GetRequiredService<CurrentUser>().SignIn(userId, user.Email, user.Scope);
            }
            else
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context);
    });
}
