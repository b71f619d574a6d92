using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// Checks an e-mail and password for the login page and the token endpoint alike; repeated failures lock
/// the account for a while (Identity's lockout settings).
/// </summary>
[Anonymous]
public sealed record CheckCredentials(string Email, string Password) : IRequest<AuthenticatedUser>;

public sealed record AuthenticatedUser(string UserId, string Email);

public sealed class CheckCredentialsValidator : AbstractValidator<CheckCredentials>
{
    public CheckCredentialsValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithName("Correo");
        RuleFor(x => x.Password).NotEmpty().WithName("Contraseña");
    }
}

internal sealed class CheckCredentialsHandler(UserManager<AppUser> users) : IRequestHandler<CheckCredentials, AuthenticatedUser>
{
    public async Task<AuthenticatedUser> Handle(CheckCredentials request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim())
            ?? throw new UnauthenticatedException("Correo o contraseña incorrectos.");
        if (await users.IsLockedOutAsync(user))
        {
            throw Locked();
        }

        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            await users.AccessFailedAsync(user);
            throw await users.IsLockedOutAsync(user) ? Locked() : new UnauthenticatedException("Correo o contraseña incorrectos.");
        }

        await users.ResetAccessFailedCountAsync(user);
        return new AuthenticatedUser(user.Id, user.Email!);
    }

    private static UnauthenticatedException Locked() =>
        new("La cuenta está bloqueada temporalmente por intentos fallidos. Intente de nuevo en 15 minutos.");
}
