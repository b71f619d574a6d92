using IncentiveCompliance.Core.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Infrastructure.Security;

/// <summary>
/// NIST SP 800-63B for every password a person sets: at least 12 characters (Identity's length option), no composition
/// rules, at most 128, and refused when zxcvbn (its own dictionaries of common passwords, names and words) scores it below
/// 3 of 4, counting the account's e-mail, name and the product's own words as guessable.
/// </summary>
internal sealed class PasswordRule : IPasswordValidator<AppUser>
{
    public const int MaximumLength = 128;
    private const int MinimumScore = 3;
    private static readonly string[] ProductWords = ["incentive", "compliance", "incentivos", "seguridad", "ciudadana", "coresec", "municipalidad", "demo"];

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= "";
        if (password.Length > MaximumLength)
        {
            return Task.FromResult(Refuse("PasswordTooLong", $"La contraseña puede tener como máximo {MaximumLength} caracteres."));
        }

        var score = global::Zxcvbn.Zxcvbn.MatchPassword(password, GuessableWords(user)).Score;
        return Task.FromResult(score >= MinimumScore
            ? IdentityResult.Success
            : Refuse("PasswordTooGuessable",
                "La contraseña es fácil de adivinar (es común, repite o sigue un patrón, o contiene su nombre o correo). " +
                "Use una frase de varias palabras que solo usted conozca."));
    }

    private static IEnumerable<string> GuessableWords(AppUser user) =>
        ProductWords
            .Concat((user.Email ?? "").Split(['@', '.', '_', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Concat(user.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3)
            .Select(w => w.ToLowerInvariant());

    private static IdentityResult Refuse(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
