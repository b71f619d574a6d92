using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Domain.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>The answer while an account's sign-in is paused after many consecutive failures (passwords or codes).</summary>
internal static class SignInPause
{
    /// <remarks>Identity sets and checks the pause on the system clock (it takes no <see cref="TimeProvider"/>), so the wait is measured on that clock too.</remarks>
    public static TooManyAttemptsException Answer(AppUser user)
    {
        var now = TimeProvider.System.GetUtcNow();
        var wait = (user.LockoutEnd ?? now) - now;
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return new TooManyAttemptsException(
            $"Demasiados intentos fallidos seguidos con esta cuenta. Intente de nuevo en {minutes} minuto{(minutes == 1 ? "" : "s")}.",
            wait > TimeSpan.Zero ? wait : TimeSpan.FromMinutes(1));
    }
}
