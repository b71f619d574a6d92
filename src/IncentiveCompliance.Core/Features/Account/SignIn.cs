using FluentValidation;
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
/// Checks an e-mail and password for the login page and the token endpoint alike and opens a session that the
/// cookie or token names. An unknown e-mail and a wrong password get the same answer after the same hashing work, so
/// nobody learns which addresses have accounts. After many consecutive failures (NIST's order of magnitude, a hundred)
/// the account pauses sign-in for a while; sessions already open go on. The per-address limit is the web host's.
/// A disabled account is refused. The session opened may still owe a step (<see cref="SignInSteps"/>).
/// </summary>
[Anonymous]
public sealed record SignIn(string Email, string Password) : IRequest<AuthenticatedUser>;

public sealed record AuthenticatedUser(string UserId, string Email, Guid SessionId, AccountStep PendingStep);

public sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithName("Correo");
        RuleFor(x => x.Password).NotEmpty().WithName("Contraseña");
    }
}

internal sealed class SignInHandler(
    UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, SignInSteps steps, AppDbContext db, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<SignIn, AuthenticatedUser>
{
    private static string? decoyHash;

    public async Task<AuthenticatedUser> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            // The same hashing work as a real check, so that the answer's timing does not tell the e-mail is unknown.
            decoyHash ??= hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(new AppUser(), decoyHash, request.Password);
            throw await FailedAsync(null, request.Email, "cuenta desconocida", WrongCredentials(), cancellationToken);
        }

        if (await users.IsLockedOutAsync(user))
        {
            throw await FailedAsync(user, request.Email, "ingreso en pausa", Paused(user), cancellationToken);
        }

        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            await users.AccessFailedAsync(user);
            throw await users.IsLockedOutAsync(user)
                ? await FailedAsync(user, request.Email, "contraseña incorrecta; ingreso en pausa", Paused(user), cancellationToken)
                : await FailedAsync(user, request.Email, "contraseña incorrecta", WrongCredentials(), cancellationToken);
        }

        if (user.DisabledAt is not null)
        {
            throw await FailedAsync(user, request.Email, "cuenta desactivada",
                new UnauthenticatedException("Esta cuenta está desactivada. Consulte con la administración del sistema."), cancellationToken);
        }

        await users.ResetAccessFailedCountAsync(user);
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession { UserId = user.Id, StartedAt = now, PendingStep = await steps.NextAsync(user, secondFactorDone: false) };
        user.LastSignInAt = now;
        db.Sessions.Add(session);
        audit.RecordSecurity(AuditAction.AccountSignedIn, user.Id, new { Session = session.Id, Pending = session.PendingStep.ToString() }, user.Id, user.Email);
        await db.SaveChangesAsync(cancellationToken);
        return new AuthenticatedUser(user.Id, user.Email!, session.Id, session.PendingStep);
    }

    /// <summary>Records the failed attempt (the e-mail as typed, whether or not it has an account) before answering it.</summary>
    private async Task<Exception> FailedAsync(AppUser? user, string email, string reason, Exception answer, CancellationToken cancellationToken)
    {
        var typed = email.Trim();
        typed = typed.Length > 256 ? typed[..256] : typed;
        audit.RecordSecurity(AuditAction.AccountSignInFailed, user?.Id ?? "desconocida", new { Email = typed, Reason = reason }, "anónimo", typed);
        await db.SaveChangesAsync(cancellationToken);
        return answer;
    }

    private static UnauthenticatedException WrongCredentials() => new("Correo o contraseña incorrectos.");

    private TooManyAttemptsException Paused(AppUser user) => SignInPause.Answer(user);
}
