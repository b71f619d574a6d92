using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.TestSupport;

/// <summary>A fresh, empty database of any provider, with its own data folder.</summary>
public sealed class TestDatabase(DatabaseProvider provider, string connectionString, string dataDirectory)
{
    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public string DataDirectory { get; } = dataDirectory;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Default"] = ConnectionString,
        ["IC_DATA_DIR"] = DataDirectory,
        ["DataProtection:CertificatePath"] = TestCertificate.FilePath,
        ["DataProtection:CertificatePassword"] = TestCertificate.Password,
    };

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, PostgresServer postgres)
    {
        var directory = Directory.CreateTempSubdirectory("ic-data-").FullName;
        var connectionString = provider switch
        {
            DatabaseProvider.PostgreSql => await postgres.CreateDatabaseAsync(),
            DatabaseProvider.SqlServer => SqlServer.NewDatabase(),
            _ => $"Data Source={Path.Combine(directory, "test.db")};Pooling=false",
        };
        return new TestDatabase(provider, connectionString, directory);
    }

    /// <summary>Deletes the data folder and, on a SQL Server that outlives the tests, the database.</summary>
    public async Task DeleteAsync()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        if (Provider == DatabaseProvider.SqlServer)
        {
            await SqlServer.DropAsync(ConnectionString);
        }
    }
}
