using Hangfire;
using Hangfire.Dashboard;
using IncentiveCompliance.Core.Common.Security;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// Hangfire's dashboard at /trabajos, behind the application's own cookie sign-in: the fallback policy sends anonymous
/// visitors to the sign-in page, and the dashboard itself answers 403 to anyone but an administrator.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/trabajos";

    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Trabajos en segundo plano",
            Authorization = [],
            AsyncAuthorization = [new AdministratorsOnly()],
        });

    /// <summary>
    /// The role is read fresh from the database on every request (CurrentUserMiddleware), not from the cookie; a session
    /// that still owes a sign-in step (a second factor, say) is not let in.
    /// </summary>
    private sealed class AdministratorsOnly : IDashboardAsyncAuthorizationFilter
    {
        public Task<bool> AuthorizeAsync(DashboardContext context) =>
            Task.FromResult(context.GetHttpContext().RequestServices.GetRequiredService<ICurrentUser>().Scope
                is { Role: Roles.Administrator, PendingStep: AccountStep.None });
    }
}
