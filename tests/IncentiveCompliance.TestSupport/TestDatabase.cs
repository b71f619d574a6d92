using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.TestSupport;

/// <summary>A test's own database of any provider, with its own data folder: empty, or prepared from a template.</summary>
public sealed class TestDatabase(DatabaseProvider provider, string connectionString, string dataDirectory)
{
    private const string SqliteFileName = "test.db";

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
            _ => $"Data Source={Path.Combine(directory, SqliteFileName)};Pooling=false",
        };
        return new TestDatabase(provider, connectionString, directory);
    }

    /// <summary>
    /// A database already migrated, with the demo loaded if asked, copied from the provider's template
    /// (<see cref="DatabaseTemplates"/>): the host that starts on it finds nothing to do. On SQL Server, an empty one
    /// that the host prepares at start.
    /// </summary>
    public static async Task<TestDatabase> PreparedAsync(DatabaseProvider provider, PostgresServer postgres, bool demo)
    {
        if (provider == DatabaseProvider.SqlServer)
        {
            return await CreateAsync(provider, postgres);
        }

        var template = await DatabaseTemplates.GetAsync(provider, postgres, demo);
        var directory = Directory.CreateTempSubdirectory("ic-data-").FullName;
        DatabaseTemplates.CopyFolder(template.DataDirectory, directory);
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await postgres.CreateDatabaseAsync(template: new Npgsql.NpgsqlConnectionStringBuilder(template.ConnectionString).Database)
            : $"Data Source={Path.Combine(directory, SqliteFileName)};Pooling=false";
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
