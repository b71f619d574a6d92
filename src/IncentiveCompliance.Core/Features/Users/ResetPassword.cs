using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Features.Account;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>
/// An administrator gives a user who forgot their password a temporary one, shown once, which its owner must replace at
/// the next sign-in. The account's open sessions end; a sign-in pause ends too. With <see cref="RemoveSecondFactor"/>
/// (a lost phone and no recovery code left) the authenticator app is unlinked as well, to be set up again.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record ResetPassword(string UserId, bool RemoveSecondFactor) : IRequest<TemporaryPassword>;

public sealed record TemporaryPassword(string Password);

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator() => RuleFor(x => x.UserId).NotEmpty();
}

internal sealed class ResetPasswordHandler(UserManager<AppUser> users, ICurrentUser me, AppDbContext db, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<ResetPassword, TemporaryPassword>
{
    public Task<TemporaryPassword> Handle(ResetPassword request, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            var user = await users.FindByIdAsync(request.UserId) ?? throw new NotFoundException("el usuario", request.UserId);
            if (user.Id == me.UserId)
            {
                throw new ConflictException("Para cambiar su propia contraseña use «Mi cuenta».");
            }

            var password = TemporaryPasswords.New();
            IdentityErrors.ThrowIfFailed(await users.RemovePasswordAsync(user));
            IdentityErrors.ThrowIfFailed(await users.AddPasswordAsync(user, password));
            if (request.RemoveSecondFactor)
            {
                IdentityErrors.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, false));
                IdentityErrors.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user));
            }

            user.MustChangePassword = true;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            var ended = await OpenSessions.EndAsync(db, user.Id, clock.GetUtcNow().UtcDateTime, keep: null, cancellationToken);
            audit.RecordSecurity(AuditAction.UserPasswordReset, user.Id, new { user.Email, request.RemoveSecondFactor, SessionsEnded = ended });
            return new TemporaryPassword(password);
        }, cancellationToken);
}
