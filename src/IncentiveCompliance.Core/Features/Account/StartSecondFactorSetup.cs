using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// The key to add to an authenticator app, as text and as an <c>otpauth://</c> address (the page shows it as a QR code).
/// The same key until the second factor is turned on with one of its codes.
/// </summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
[AllowedDuring(AccountStep.SecondFactorEnrollment)]
public sealed record StartSecondFactorSetup : IRequest<SecondFactorSetup>;

public sealed record SecondFactorSetup(string SharedKey, string AuthenticatorUri);

internal sealed class StartSecondFactorSetupHandler(UserManager<AppUser> users, CallerAccount caller)
    : IRequestHandler<StartSecondFactorSetup, SecondFactorSetup>
{
    public async Task<SecondFactorSetup> Handle(StartSecondFactorSetup request, CancellationToken cancellationToken)
    {
        var user = await caller.UserAsync();
        if (user.TwoFactorEnabled)
        {
            throw new ConflictException("La verificación en dos pasos ya está activada.");
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var label = Uri.EscapeDataString($"{AuthenticatorCodes.Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={AuthenticatorCodes.Issuer}&digits=6&period=30";
        return new SecondFactorSetup(string.Join(' ', key!.ToLowerInvariant().Chunk(4).Select(c => new string(c))), uri);
    }
}
