using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// Reads a signed-in user's role and territory from the database on each request, in one query with the state of the
/// session the cookie or token names, so that a sign-out, a disabled account or a role change applies at once. A sign-in
/// pause after many wrong passwords does not end sessions already open: whoever guesses cannot throw the owner out.
/// </summary>
public static class LoadAccessScope
{
    public static async Task<(string Email, AccessScope Scope)?> For(AppDbContext db, string userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var row = await db.Users
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Email,
                u.RegionCode,
                u.Ubigeo,
                u.DisabledAt,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
                Session = db.Sessions.Where(s => s.Id == sessionId && s.UserId == u.Id && s.EndedAt == null)
                    .Select(s => new { s.PendingStep })
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row?.Role is null || row.Session is null || row.DisabledAt is not null)
        {
            return null;
        }

        return (row.Email ?? "", new AccessScope(row.Role, row.RegionCode, row.Ubigeo) { PendingStep = row.Session.PendingStep });
    }
}
