using FluentValidation;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// Checks an e-mail and password for the login page and the token endpoint alike and opens a session that the
/// cookie or token names; repeated failures lock the account for a while (Identity's lockout settings).
/// </summary>
[Anonymous]
public sealed record SignIn(string Email, string Password) : IRequest<AuthenticatedUser>;

public sealed record AuthenticatedUser(string UserId, string Email, Guid SessionId);

public sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithName("Correo");
        RuleFor(x => x.Password).NotEmpty().WithName("Contraseña");
    }
}

internal sealed class SignInHandler(UserManager<AppUser> users, AppDbContext db, TimeProvider clock) : IRequestHandler<SignIn, AuthenticatedUser>
{
    public async Task<AuthenticatedUser> Handle(SignIn request, CancellationToken cancellationToken)
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
        var session = new UserSession { UserId = user.Id, StartedAt = clock.GetUtcNow().UtcDateTime };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new AuthenticatedUser(user.Id, user.Email!, session.Id);
    }

    private static UnauthenticatedException Locked() =>
        new("La cuenta está bloqueada temporalmente por intentos fallidos. Intente de nuevo en 15 minutos.");
}
