namespace IncentiveCompliance.Core.Common.Security;

/// <summary>The caller of a request: a web user, an API client, or the system itself for jobs and the command line.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? Email { get; }

    /// <summary>Null when nobody is signed in.</summary>
    AccessScope? Scope { get; }

    /// <summary>The session the caller's cookie or token names; null for the system.</summary>
    Guid? SessionId { get; }
}
