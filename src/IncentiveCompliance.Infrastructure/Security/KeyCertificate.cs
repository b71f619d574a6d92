using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace IncentiveCompliance.Infrastructure.Security;

/// <summary>
/// The certificate that encrypts the Data Protection keys at rest (the keys that sign cookies and API tokens), from
/// <c>DataProtection:CertificatePath</c> (a PKCS#12 file with its private key) and <c>DataProtection:CertificatePassword</c>.
/// Without one, whoever reads the database or a backup could forge any user's session. While a certificate is replaced,
/// <c>DataProtection:PreviousCertificatePath</c> and <c>…Password</c> name the one before, which then only decrypts the
/// keys it encrypted (docs/operations.md, «Rotar claves»).
/// </summary>
public static class KeyCertificate
{
    private const string Current = "DataProtection:Certificate";
    private const string Previous = "DataProtection:PreviousCertificate";

    public static X509Certificate2? Load(IConfiguration configuration) => Load(configuration, Current);

    public static X509Certificate2? LoadPrevious(IConfiguration configuration) => Load(configuration, Previous);

    private static X509Certificate2? Load(IConfiguration configuration, string prefix) =>
        configuration[prefix + "Path"] is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(path, configuration[prefix + "Password"])
            : null;

    /// <summary>Why the application must not start, in Spanish; null when it may (a certificate that opens, or the demo, which only warns).</summary>
    public static string? Problem(IConfiguration configuration, bool demo)
    {
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrEmpty(path))
        {
            return demo ? null
                : "Falta el certificado que cifra las claves de las sesiones: indique DataProtection__CertificatePath (archivo PFX con su clave privada) " +
                  "y DataProtection__CertificatePassword. Sin él, quien lea la base de datos o un respaldo podría suplantar a cualquier usuario.";
        }

        return ProblemOpening(configuration, Current) ?? ProblemOpening(configuration, Previous);
    }

    private static string? ProblemOpening(IConfiguration configuration, string prefix)
    {
        var path = configuration[prefix + "Path"];
        try
        {
            using var certificate = Load(configuration, prefix);
            return certificate is null || certificate.HasPrivateKey ? null : $"El certificado {path} no trae su clave privada: expórtelo como PFX con la clave.";
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return $"No se pudo abrir el certificado {path} ({e.Message}): revise la ruta y {prefix.Replace(":", "__", StringComparison.Ordinal)}Password.";
        }
    }

    /// <summary>What the demo says at start when it runs without a certificate (it may; production may not).</summary>
    public static string? Warning(IConfiguration configuration, bool demo) =>
        demo && string.IsNullOrEmpty(configuration["DataProtection:CertificatePath"])
            ? "Aviso: sin DataProtection__CertificatePath las claves de las sesiones quedan sin cifrar en la base. Se admite solo con la demostración."
            : null;

    /// <summary>A self-signed certificate for tests and benchmarks, written as PFX; never for production.</summary>
    public static void WriteThrowaway(string path, string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=IncentiveCompliance pruebas", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
    }
}
