using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// Creates a new key for sessions and API tokens, active at once and encrypted with the certificate configured now, so a
/// replaced certificate protects no new session (docs/operations.md, «Rotar claves»). With <paramref name="RevokeOthers"/>,
/// every older key is revoked as well: every session and token is refused and everybody signs in again (after a leak).
/// Sent from the command line (<c>rotate-keys [--revocar]</c>); nodes already running pick the new key up on restart.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record RotateSessionKeys(bool RevokeOthers) : IRequest<RotatedKeys>;

public sealed record RotatedKeys(Guid NewKeyId, DateTimeOffset ExpiresAt, bool OthersRevoked);

internal sealed class RotateSessionKeysHandler(IKeyManager keys, AppDbContext db, AuditTrail audit, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RotateSessionKeys, RotatedKeys>
{
    /// <summary>The key lifetime Data Protection gives its own keys.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public async Task<RotatedKeys> Handle(RotateSessionKeys request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (request.RevokeOthers)
        {
            keys.RevokeAllKeys(now, "Claves rotadas con revocación (rotate-keys --revocar)");
        }

        // Created after the revocation, so the new key is the only one in force; activated a moment ago, so it is the default at once.
        var key = keys.CreateNewKey(now.AddSeconds(-1), now + Lifetime);
        audit.RecordSecurity(AuditAction.SessionKeysRotated, user.UserId!, new { Key = key.KeyId, request.RevokeOthers });
        await db.SaveChangesAsync(cancellationToken);
        return new RotatedKeys(key.KeyId, key.ExpirationDate, request.RevokeOthers);
    }
}
