using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Users;

[AllowedRoles(Roles.Administrator)]
public sealed record ListUsers : IRequest<IReadOnlyList<UserSummary>>;

/// <param name="LockedOut">Sign-in paused after many consecutive failures (it ends by itself).</param>
/// <param name="Disabled">Disabled by an administrator until one enables it again.</param>
public sealed record UserSummary(
    string Id,
    string Email,
    string FullName,
    string Role,
    string? RegionCode,
    string? Ubigeo,
    bool LockedOut,
    bool Disabled,
    bool SecondFactorEnabled,
    DateTime? LastSignInAt)
{
    internal static UserSummary Of(AppUser user, string? role, DateTimeOffset now) =>
        new(user.Id, user.Email ?? "", user.FullName, role ?? "", user.RegionCode, user.Ubigeo,
            user.LockoutEnd > now, user.DisabledAt is not null, user.TwoFactorEnabled, user.LastSignInAt);
}

internal sealed class ListUsersHandler(AppDbContext db, TimeProvider clock) : IRequestHandler<ListUsers, IReadOnlyList<UserSummary>>
{
    public async Task<IReadOnlyList<UserSummary>> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        var users = await db.Users
            .AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                User = u,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return users.Select(u => UserSummary.Of(u.User, u.Role, now)).ToList();
    }
}
