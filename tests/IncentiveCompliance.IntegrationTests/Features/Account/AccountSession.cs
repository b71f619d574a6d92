using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.TestSupport;
using MediatR;

namespace IncentiveCompliance.IntegrationTests.Features.Account;

/// <summary>Sends requests through a real signed-in session, with the scope (and pending step) the web host would read for it.</summary>
internal static class AccountSession
{
    public static async Task<AccessScope?> ScopeOf(AppServices app, AuthenticatedUser user) =>
        (await app.Query(db => LoadAccessScope.For(db, user.UserId, user.SessionId, CancellationToken.None)))?.Scope;

    public static async Task<T> Send<T>(AppServices app, AuthenticatedUser user, IRequest<T> request) =>
        await app.SendAs(await ScopeOf(app, user) ?? throw new InvalidOperationException("the session is closed"), request, user.UserId, user.SessionId);
}
