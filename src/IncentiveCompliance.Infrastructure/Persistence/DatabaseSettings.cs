using Microsoft.Extensions.Configuration;

namespace IncentiveCompliance.Infrastructure.Persistence;

/// <summary>
/// Which database and where: <c>Database:Provider</c> (Sqlite, PostgreSql or SqlServer), <c>ConnectionStrings:Default</c>,
/// and the data folder (<c>IC_DATA_DIR</c>, default ./data) that holds the SQLite file and stored files.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var dataDirectory = Path.GetFullPath(configuration["IC_DATA_DIR"] is { Length: > 0 } dir ? dir : "data");
        Directory.CreateDirectory(dataDirectory);
        var providerName = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException($"Database:Provider «{providerName}» no es válido: use Sqlite, PostgreSql o SqlServer.");
        }

        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(dataDirectory, "incentive-compliance.db")}"
                : throw new InvalidOperationException($"Con {provider} hay que indicar ConnectionStrings__Default.");
        }

        return new DatabaseSettings(provider, connectionString, dataDirectory);
    }
}
