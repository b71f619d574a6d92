using System.Security.Cryptography;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>
/// Passwords an administrator hands over (a reset): four groups of five random letters and digits, without the ones people
/// confuse (0/O, 1/l/I), about 100 bits; their owner must replace them at the next sign-in.
/// </summary>
internal static class TemporaryPasswords
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5)));
}
