using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// The steps a sign-in goes through after the password, in order: the second factor when the account has one, a new
/// password when the current one is temporary, and setting up an authenticator app when the role requires one. The demo's
/// accounts skip the second factor while the demo is enabled.
/// </summary>
public sealed class SignInSteps(UserManager<AppUser> users, DemoMode demo)
{
    public async Task<AccountStep> NextAsync(AppUser user, bool secondFactorDone) =>
        Next(user, (await users.GetRolesAsync(user)).FirstOrDefault() ?? "", demo.Enabled, secondFactorDone);

    internal static AccountStep Next(AppUser user, string role, bool demoEnabled, bool secondFactorDone)
    {
        var exempt = demoEnabled && user.DemoAccount;
        if (user.TwoFactorEnabled && !secondFactorDone && !exempt)
        {
            return AccountStep.SecondFactor;
        }

        if (user.MustChangePassword)
        {
            return AccountStep.PasswordChange;
        }

        return Roles.RequiresSecondFactor(role) && !user.TwoFactorEnabled && !exempt ? AccountStep.SecondFactorEnrollment : AccountStep.None;
    }
}
