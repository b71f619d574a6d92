using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// Reads a signed-in user's role and territory from the database on each request, so that a role change
/// or a lockout applies at once to cookies and tokens already issued.
/// </summary>
public static class LoadAccessScope
{
    public static async Task<(string Email, AccessScope Scope)?> For(AppDbContext db, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.Users
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Email,
                u.RegionCode,
                u.Ubigeo,
                u.LockoutEnd,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row?.Role is null || row.LockoutEnd > now)
        {
            return null;
        }

        return (row.Email ?? "", new AccessScope(row.Role, row.RegionCode, row.Ubigeo));
    }
}
