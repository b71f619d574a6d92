using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>The caller's own account: who they are, their second factor, and the sign-in step their session still owes.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
[AllowedDuring(AccountStep.SecondFactor, AccountStep.PasswordChange, AccountStep.SecondFactorEnrollment)]
public sealed record GetOwnAccount : IRequest<OwnAccount>;

public sealed record OwnAccount(
    string Email,
    string FullName,
    string Role,
    bool SecondFactorEnabled,
    bool SecondFactorRequired,
    int RecoveryCodesLeft,
    AccountStep PendingStep,
    DateTime? LastSignInAt);

internal sealed class GetOwnAccountHandler(UserManager<AppUser> users, CallerAccount caller, ICurrentUser me) : IRequestHandler<GetOwnAccount, OwnAccount>
{
    public async Task<OwnAccount> Handle(GetOwnAccount request, CancellationToken cancellationToken)
    {
        var user = await caller.UserAsync();
        var scope = me.Scope!;
        return new OwnAccount(
            user.Email ?? "",
            user.FullName,
            scope.Role,
            user.TwoFactorEnabled,
            Roles.RequiresSecondFactor(scope.Role),
            user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            scope.PendingStep,
            user.LastSignInAt);
    }
}
