using IncentiveCompliance.Infrastructure.Security;

namespace IncentiveCompliance.TestSupport;

/// <summary>One throwaway certificate per test process, which encrypts the Data Protection keys as production's does.</summary>
public static class TestCertificate
{
    public const string Password = "pruebas";

    private static readonly Lazy<string> File = new(() =>
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("ic-cert-").FullName, "claves.pfx");
        KeyCertificate.WriteThrowaway(path, Password);
        return path;
    });

    public static string FilePath => File.Value;
}
