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
/// Turns the second factor on once a code from the app proves it holds the key, and answers the recovery codes: shown
/// once, each good for one sign-in without the phone.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
[AllowedDuring(AccountStep.SecondFactorEnrollment)]
public sealed record EnableSecondFactor(string Code) : IRequest<IReadOnlyList<string>>;

public sealed class EnableSecondFactorValidator : AbstractValidator<EnableSecondFactor>
{
    public EnableSecondFactorValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(32).WithName("Código");
}

internal sealed class EnableSecondFactorHandler(UserManager<AppUser> users, CallerAccount caller, SignInSteps steps, AppDbContext db, AuditTrail audit)
    : IRequestHandler<EnableSecondFactor, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(EnableSecondFactor request, CancellationToken cancellationToken)
    {
        var user = await caller.UserAsync();
        if (user.TwoFactorEnabled)
        {
            throw new ConflictException("La verificación en dos pasos ya está activada.");
        }

        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)) || !await AuthenticatorCodes.VerifyAsync(users, user, request.Code))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Code), "El código no es correcto o ya venció. Revise la hora de su teléfono.")]);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorCodes.RecoveryCodeCount))!.ToList();
        var session = await caller.SessionAsync(cancellationToken);
        session.PendingStep = await steps.NextAsync(user, secondFactorDone: true);
        audit.RecordSecurity(AuditAction.AccountSecondFactorEnabled, user.Id, new { Session = session.Id });
        await db.SaveChangesAsync(cancellationToken);
        return codes;
    }
}
