using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>Gives a user a new role and territory; it applies to their very next request.</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record AssignRole(string UserId, string Role, string? RegionCode, string? Ubigeo)
    : IRequest<UserSummary>, IRoleAssignment;

public sealed class AssignRoleValidator : AbstractValidator<AssignRole>
{
    public AssignRoleValidator(AppDbContext db)
    {
        RuleFor(x => x.UserId).NotEmpty();
        Include(new RoleAssignmentValidator(db));
    }
}

internal sealed class AssignRoleHandler(UserManager<AppUser> users, AppDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<AssignRole, UserSummary>
{
    public Task<UserSummary> Handle(AssignRole request, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            var user = await users.FindByIdAsync(request.UserId) ?? throw new NotFoundException("el usuario", request.UserId);
            var before = new { Roles = await users.GetRolesAsync(user), user.RegionCode, user.Ubigeo };
            (user.RegionCode, user.Ubigeo) = RoleAssignmentValidator.TerritoryOf(request);
            IdentityErrors.ThrowIfFailed(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)));
            IdentityErrors.ThrowIfFailed(await users.AddToRoleAsync(user, request.Role));
            IdentityErrors.ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
            await DropNotificationsOutsideAsync(user.Id, new AccessScope(request.Role, user.RegionCode, user.Ubigeo), cancellationToken);
            audit.RecordSecurity(AuditAction.UserRoleChanged, user.Id, new { Before = before, After = new { Roles = new[] { request.Role }, user.RegionCode, user.Ubigeo } });
            return UserSummary.Of(user, request.Role, clock.GetUtcNow());
        }, cancellationToken);

    /// <summary>
    /// Notifications about a territory the new role does not cover go: their links would be refused, and a kept page's
    /// unread count follows the stamp of the user's region (docs/decisions/0018).
    /// </summary>
    private async Task DropNotificationsOutsideAsync(string userId, AccessScope scope, CancellationToken cancellationToken)
    {
        var notifications = await db.Notifications.Where(n => n.UserId == userId).ToListAsync(cancellationToken);
        db.Notifications.RemoveRange(notifications.Where(n => !scope.CoversMunicipality(n.Ubigeo)));
    }
}
