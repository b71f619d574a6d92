using System.Security.Claims;
using IncentiveCompliance.Core.Features.Account;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// What a cookie or token carries: only who the user is and which session it belongs to. Role and territory are read
/// fresh on every request, with the session's state (see CurrentUserMiddleware), so changes and sign-outs apply at once.
/// </summary>
public static class UserPrincipal
{
    private const string SessionClaim = "sid";

    public static ClaimsPrincipal Create(AuthenticatedUser user, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.UserId),
                new Claim(ClaimTypes.Name, user.Email),
                new Claim(SessionClaim, user.SessionId.ToString("N")),
            ],
            scheme));

    /// <summary>The user and session a principal names; null when it names none (anonymous, or issued before sessions existed).</summary>
    public static (string UserId, Guid SessionId)? Read(ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
        && Guid.TryParseExact(principal.FindFirstValue(SessionClaim), "N", out var sessionId)
            ? (userId, sessionId)
            : null;
}
