using FluentValidation;
using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>The accounts, by e-mail address (then id, should two share one).</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record ListUsers(int Limit = PageSize.Default, string? Cursor = null) : IRequest<Page<UserSummary>>, IPagedRequest
{
    internal static readonly PageCursor<After> Cursors = new("users");

    internal sealed record After(string Email, string Id);
}

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

public sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator() => this.ValidPage(ListUsers.Cursors);
}

internal sealed class ListUsersHandler(AppDbContext db, TimeProvider clock) : IRequestHandler<ListUsers, Page<UserSummary>>
{
    public async Task<Page<UserSummary>> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        var after = ListUsers.Cursors.After(request);
        var (email, id) = (after?.Email, after?.Id);
        var users = await db.Users
            .AsNoTracking()
            .Where(u => email == null
                || (u.Email ?? "").CompareTo(email) > 0
                || ((u.Email ?? "") == email && u.Id.CompareTo(id) > 0))
            .OrderBy(u => u.Email ?? "").ThenBy(u => u.Id)
            .Select(u => new
            {
                User = u,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
            })
            .ToPageAsync(request, ListUsers.Cursors, u => new ListUsers.After(u.User.Email ?? "", u.User.Id), cancellationToken);
        var now = clock.GetUtcNow();
        return users.Map(u => UserSummary.Of(u.User, u.Role, now));
    }
}
