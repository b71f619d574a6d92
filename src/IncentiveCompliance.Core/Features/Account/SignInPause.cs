using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>The answer while an account's sign-in is paused after many consecutive failures (passwords or codes).</summary>
internal static class SignInPause
{
    public static TooManyAttemptsException Answer(AppUser user, TimeProvider clock)
    {
        var wait = (user.LockoutEnd ?? clock.GetUtcNow()) - clock.GetUtcNow();
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return new TooManyAttemptsException(
            $"Demasiados intentos fallidos seguidos con esta cuenta. Intente de nuevo en {minutes} minuto{(minutes == 1 ? "" : "s")}.",
            wait > TimeSpan.Zero ? wait : TimeSpan.FromMinutes(1));
    }
}
