using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Files;

/// <summary>A file store configured wrong stops the start with a Spanish sentence per setting, before any upload finds out.</summary>
public sealed class StorageSettingsTests(PostgresServer postgres)
{
    [Fact]
    public async Task An_incomplete_S3_configuration_stops_the_start_naming_each_setting()
    {
        var (exitCode, output) = await RunAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "s3",
            ["Storage:S3:ServiceUrl"] = "minio:9000",
            ["Storage:S3:Bucket"] = "Archivos_IC",
        });

        exitCode.Should().Be(1, output);
        output.Should().Contain("La configuración no es válida: ")
            .And.Contain("Storage:S3:ServiceUrl debe ser la dirección http(s) del almacenamiento")
            .And.Contain("Storage:S3:Bucket debe ser el nombre de un bucket S3")
            .And.Contain("hacen falta Storage:S3:AccessKey y Storage:S3:SecretKey")
            .And.NotContain("   at ");
    }

    [Fact]
    public async Task An_unknown_provider_stops_the_start()
    {
        var (exitCode, output) = await RunAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Nube" });

        exitCode.Should().Be(1, output);
        output.Should().Contain("Storage:Provider «Nube» no es válido: use Local (carpeta en IC_DATA_DIR) o S3 (almacenamiento de objetos).");
    }

    private async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var database = await TestDatabase.PreparedAsync(DatabaseProvider.Sqlite, postgres, demo: true);
        try
        {
            return await AppProcess.RunUntilExitAsync(database, TimeSpan.FromSeconds(120), settings);
        }
        finally
        {
            await database.DeleteAsync();
        }
    }
}
