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

/// <summary>Turns one's own second factor off, with the password; not for the roles that require it.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
public sealed record DisableSecondFactor(string Password) : IRequest<Unit>;

public sealed class DisableSecondFactorValidator : AbstractValidator<DisableSecondFactor>
{
    public DisableSecondFactorValidator() => RuleFor(x => x.Password).NotEmpty().WithName("Contraseña");
}

internal sealed class DisableSecondFactorHandler(UserManager<AppUser> users, CallerAccount caller, ICurrentUser me, AppDbContext db, AuditTrail audit)
    : IRequestHandler<DisableSecondFactor, Unit>
{
    public async Task<Unit> Handle(DisableSecondFactor request, CancellationToken cancellationToken)
    {
        if (Roles.RequiresSecondFactor(me.Scope!.Role))
        {
            throw new ForbiddenException("Su rol exige la verificación en dos pasos; no puede desactivarla.");
        }

        var user = await caller.UserAsync();
        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Password), "La contraseña no es correcta.")]);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        audit.RecordSecurity(AuditAction.AccountSecondFactorDisabled, user.Id, new { By = "titular" });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
