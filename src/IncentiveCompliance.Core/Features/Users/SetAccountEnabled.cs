using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>
/// An administrator disables an account (someone left the municipality) or enables it again. Disabling ends its open
/// sessions and tokens at once and refuses its sign-ins; enabling opens nothing: its owner signs in again.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record SetAccountEnabled(string UserId, bool? Enabled) : IRequest<UserSummary>;

public sealed class SetAccountEnabledValidator : AbstractValidator<SetAccountEnabled>
{
    public SetAccountEnabledValidator()
    {
        RuleFor(x => x.UserId).NotEmpty();
        RuleFor(x => x.Enabled).NotNull().WithMessage("Indique si la cuenta queda activa (true) o desactivada (false).");
    }
}

internal sealed class SetAccountEnabledHandler(AppDbContext db, ICurrentUser me, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<SetAccountEnabled, UserSummary>
{
    public async Task<UserSummary> Handle(SetAccountEnabled request, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            ?? throw new NotFoundException("el usuario", request.UserId);
        var enable = request.Enabled!.Value;
        if (user.Id == me.UserId && !enable)
        {
            throw new ConflictException("No puede desactivar su propia cuenta.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (enable != (user.DisabledAt is null))
        {
            user.DisabledAt = enable ? null : now;
            var ended = enable ? 0 : await OpenSessions.EndAsync(db, user.Id, now, keep: null, cancellationToken);
            audit.RecordSecurity(enable ? AuditAction.UserEnabled : AuditAction.UserDisabled, user.Id, new { user.Email, SessionsEnded = ended });
            await db.SaveChangesAsync(cancellationToken);
        }

        var role = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefaultAsync(cancellationToken);
        return UserSummary.Of(user, role, clock.GetUtcNow());
    }
}
