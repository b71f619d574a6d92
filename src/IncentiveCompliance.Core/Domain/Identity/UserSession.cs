using IncentiveCompliance.Core.Common.Security;

namespace IncentiveCompliance.Core.Domain.Identity;

/// <summary>
/// One signed-in browser or one API token. The cookie or token names its session, and a request is honoured only
/// while the session is open, so signing out on a shared office computer ends it on the server too. A session opened by a
/// password alone may still owe a step (a second factor, a new password) and reaches nothing else until it is done.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string UserId { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime? EndedAt { get; private set; }

    public AccountStep PendingStep { get; set; }

    public bool IsOpen => EndedAt is null;

    public void End(DateTime now) => EndedAt ??= now;
}
