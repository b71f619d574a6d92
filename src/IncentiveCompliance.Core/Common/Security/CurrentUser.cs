namespace IncentiveCompliance.Core.Common.Security;

/// <summary>The caller of the current scope, set once by whoever starts the work (web request, job, command line).</summary>
public sealed class CurrentUser : ICurrentUser
{
    public string? UserId { get; private set; }

    public string? Email { get; private set; }

    public AccessScope? Scope { get; private set; }

    public Guid? SessionId { get; private set; }

    public void SignIn(string userId, string email, AccessScope scope, Guid sessionId) =>
        (UserId, Email, Scope, SessionId) = (userId, email, scope, sessionId);

    /// <summary>The application acting on its own behalf: command-line imports, seeding and scheduled jobs.</summary>
    public void ActAsSystem() => (UserId, Email, Scope, SessionId) = ("system", "sistema", new AccessScope(Roles.Administrator, null, null), null);
}
