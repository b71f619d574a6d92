using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace IncentiveCompliance.Web.Security;

/// <param name="PendingStep">What the token's session must still do before it reaches anything else (<c>second_factor</c>,
/// <c>password_change</c>, <c>second_factor_enrollment</c>); null when nothing.</param>
public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt, AccountStep? PendingStep);

/// <summary>Issues bearer tokens for the API: opaque, protected by the shared Data Protection keys, short-lived.</summary>
public sealed class ApiTokens(IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
{
    public IssuedToken Issue(AuthenticatedUser user)
    {
        var bearer = options.Get(AuthenticationSetup.BearerScheme);
        var expiresAt = clock.GetUtcNow() + bearer.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(
            UserPrincipal.Create(user, AuthenticationSetup.BearerScheme),
            new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = expiresAt },
            AuthenticationSetup.BearerScheme);
        return new IssuedToken(bearer.BearerTokenProtector.Protect(ticket), expiresAt, PendingSteps.Of(user.PendingStep));
    }
}
