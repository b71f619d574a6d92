using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace IncentiveCompliance.Infrastructure.Security;

/// <summary>
/// The certificate that encrypts the Data Protection keys at rest (the keys that sign cookies and API tokens), from
/// <c>DataProtection:CertificatePath</c> (a PKCS#12 file with its private key) and <c>DataProtection:CertificatePassword</c>.
/// Without one, whoever reads the database or a backup could forge any user's session.
/// </summary>
public static class KeyCertificate
{
    public static X509Certificate2? Load(IConfiguration configuration) =>
        configuration["DataProtection:CertificatePath"] is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"])
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

        try
        {
            using var certificate = Load(configuration)!;
            return certificate.HasPrivateKey ? null : $"El certificado {path} no trae su clave privada: expórtelo como PFX con la clave.";
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return $"No se pudo abrir el certificado {path} ({e.Message}): revise la ruta y DataProtection__CertificatePassword.";
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
