using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// A person replaces their own password (a temporary one must be replaced before anything else). The new one must pass
/// the password rule; the account's other sessions end, this one goes on. Answers the step the session owes next, if any.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
[AllowedDuring(AccountStep.PasswordChange)]
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : IRequest<AccountStep>;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator(UserManager<AppUser> users, CallerAccount caller)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithName("Contraseña actual");
        RuleFor(x => x.NewPassword).NotEmpty().WithName("Nueva contraseña")
            .NotEqual(x => x.CurrentPassword).WithMessage("La nueva contraseña debe ser distinta de la actual.")
            .FollowsPasswordRule(users, _ => caller.UserAsync());
    }
}

internal sealed class ChangePasswordHandler(
    UserManager<AppUser> users, CallerAccount caller, SignInSteps steps, AppDbContext db, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<ChangePassword, AccountStep>
{
    public async Task<AccountStep> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var user = await caller.UserAsync();
        var session = await caller.SessionAsync(cancellationToken);
        IdentityErrors.ThrowIfFailed(
            await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword),
            nameof(request.NewPassword),
            ("PasswordMismatch", nameof(request.CurrentPassword)));

        user.MustChangePassword = false;
        var ended = await OpenSessions.EndAsync(db, user.Id, clock.GetUtcNow().UtcDateTime, keep: session.Id, cancellationToken);
        session.PendingStep = await steps.NextAsync(user, secondFactorDone: true);
        audit.RecordSecurity(AuditAction.AccountPasswordChanged, user.Id, new { OtherSessionsEnded = ended });
        await db.SaveChangesAsync(cancellationToken);
        return session.PendingStep;
    }
}
