using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Users;

[AllowedRoles(Roles.Administrator)]
public sealed record ListUsers : IRequest<IReadOnlyList<UserSummary>>;

public sealed record UserSummary(string Id, string Email, string FullName, string Role, string? RegionCode, string? Ubigeo, bool LockedOut);

internal sealed class ListUsersHandler(AppDbContext db, TimeProvider clock) : IRequestHandler<ListUsers, IReadOnlyList<UserSummary>>
{
    public async Task<IReadOnlyList<UserSummary>> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.FullName,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
                u.RegionCode,
                u.Ubigeo,
                u.LockoutEnd,
            })
            .ToListAsync(cancellationToken);
        return users
            .Select(u => new UserSummary(u.Id, u.Email ?? "", u.FullName, u.Role ?? "", u.RegionCode, u.Ubigeo, u.LockoutEnd > now))
            .ToList();
    }
}
