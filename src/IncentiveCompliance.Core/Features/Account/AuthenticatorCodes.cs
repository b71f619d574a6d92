using IncentiveCompliance.Core.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// The six-digit codes of an authenticator app (TOTP, RFC 6238, Identity's own provider) and the single-use recovery
/// codes given when it is set up (Identity writes them as XXXXX-XXXXX). Spaces people type are ignored, and so are case
/// and a missing hyphen in a recovery code.
/// </summary>
internal static class AuthenticatorCodes
{
    public const string Issuer = "IncentiveCompliance";
    public const int RecoveryCodeCount = 10;

    public static Task<bool> VerifyAsync(UserManager<AppUser> users, AppUser user, string code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, WithoutSpaces(code));

    /// <summary>An app's code, or else one of the recovery codes, which is then used up.</summary>
    public static async Task<(bool Valid, bool RecoveryCode)> CheckSignInAsync(UserManager<AppUser> users, AppUser user, string code)
    {
        var typed = WithoutSpaces(code);
        if (typed.Length == 6 && typed.All(char.IsAsciiDigit))
        {
            return (await VerifyAsync(users, user, typed), false);
        }

        var recovery = typed.ToUpperInvariant();
        recovery = recovery.Length == 10 && !recovery.Contains('-', StringComparison.Ordinal) ? $"{recovery[..5]}-{recovery[5..]}" : recovery;
        return ((await users.RedeemTwoFactorRecoveryCodeAsync(user, recovery)).Succeeded, true);
    }

    private static string WithoutSpaces(string code) => code.Replace(" ", "", StringComparison.Ordinal);
}
