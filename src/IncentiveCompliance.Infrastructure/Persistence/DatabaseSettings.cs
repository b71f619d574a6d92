using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Npgsql;

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

        return new DatabaseSettings(provider, provider == DatabaseProvider.PostgreSql ? Tuned(connectionString) : connectionString, dataDirectory);
    }

    /// <summary>
    /// Npgsql resets a pooled connection (DISCARD ALL, sent with its next command) each time it is opened again; EF Core opens
    /// one for every query, so a page paid it several times. The product leaves no session state behind (no SET, no temporary
    /// tables; the start-up lock releases its advisory lock itself), so connections go back to the pool as they are. And the
    /// statements sent most often (the scope query every request starts with) are prepared on each connection, so that
    /// PostgreSQL plans them once instead of on every request (docs/decisions/0018), unless the connection string says how many.
    /// Every node stops for an upgrade (docs/operations.md), so no prepared statement outlives a schema change.
    /// </summary>
    private static string Tuned(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal));
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        if (!given.Contains("MaxAutoPrepare", StringComparer.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }
}
