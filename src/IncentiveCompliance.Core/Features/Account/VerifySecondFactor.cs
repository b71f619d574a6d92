using FluentValidation;
using FluentValidation.Results;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// The sign-in's second step: the code of the account's authenticator app, or one of its recovery codes. Wrong codes
/// count toward the same pause as wrong passwords. Answers the step the session owes next, if any.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
[AllowedDuring(AccountStep.SecondFactor)]
public sealed record VerifySecondFactor(string Code) : IRequest<AccountStep>;

public sealed class VerifySecondFactorValidator : AbstractValidator<VerifySecondFactor>
{
    public VerifySecondFactorValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(32).WithName("Código");
}

internal sealed class VerifySecondFactorHandler(
    UserManager<AppUser> users, CallerAccount caller, SignInSteps steps, AppDbContext db, AuditTrail audit)
    : IRequestHandler<VerifySecondFactor, AccountStep>
{
    public async Task<AccountStep> Handle(VerifySecondFactor request, CancellationToken cancellationToken)
    {
        var session = await caller.SessionAsync(cancellationToken);
        if (session.PendingStep != AccountStep.SecondFactor)
        {
            throw new ConflictException("Esta sesión no espera un código de verificación.");
        }

        var user = await caller.UserAsync();
        if (await users.IsLockedOutAsync(user))
        {
            throw SignInPause.Answer(user);
        }

        var (valid, recoveryCode) = await AuthenticatorCodes.CheckSignInAsync(users, user, request.Code);
        if (!valid)
        {
            await users.AccessFailedAsync(user);
            audit.RecordSecurity(AuditAction.AccountSecondFactorFailed, user.Id, new { Session = session.Id });
            await db.SaveChangesAsync(cancellationToken);
            throw await users.IsLockedOutAsync(user)
                ? SignInPause.Answer(user)
                : new ValidationException([new ValidationFailure(nameof(request.Code), "El código no es correcto o ya venció.")]);
        }

        await users.ResetAccessFailedCountAsync(user);
        session.PendingStep = await steps.NextAsync(user, secondFactorDone: true);
        audit.RecordSecurity(AuditAction.AccountSecondFactorVerified, user.Id, new { Session = session.Id, RecoveryCode = recoveryCode });
        await db.SaveChangesAsync(cancellationToken);
        return session.PendingStep;
    }
}
