using System.ComponentModel.DataAnnotations;

namespace IncentiveCompliance.Infrastructure.Security;

/// <summary>
/// How sign-in is slowed down (section <c>SignIn</c>): attempts per client address and minute
/// (<c>PerAddressPerMinute</c>, 10; the web host's rate limiter), and consecutive failures that pause an account
/// (<c>FailuresPerAccount</c>, 100) for so many minutes (<c>AccountPauseMinutes</c>, 15; Identity's lockout).
/// </summary>
public sealed class SignInLimits
{
    public const string Section = "SignIn";

    [Range(1, 100_000, ErrorMessage = "SignIn:PerAddressPerMinute debe ser un entero entre {1} y {2}.")]
    public int PerAddressPerMinute { get; set; } = 10;

    [Range(1, 100_000, ErrorMessage = "SignIn:FailuresPerAccount debe ser un entero entre {1} y {2}.")]
    public int FailuresPerAccount { get; set; } = 100;

    [Range(1, 1440, ErrorMessage = "SignIn:AccountPauseMinutes debe ser un entero entre {1} y {2}.")]
    public int AccountPauseMinutes { get; set; } = 15;
}
