using System.Security.Claims;
using IncentiveCompliance.Core.Features.Account;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// What a cookie or token carries: only who the user is. Role and territory are read fresh on every
/// request (see CurrentUserMiddleware), so changes and lockouts apply at once.
/// </summary>
public static class UserPrincipal
{
    public static ClaimsPrincipal Create(AuthenticatedUser user, string scheme) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.UserId), new Claim(ClaimTypes.Name, user.Email)],
            scheme));
}
