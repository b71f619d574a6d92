using IncentiveCompliance.Infrastructure.Persistence;
using Xunit;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// Every database a test can run on: <c>[ClassData(typeof(AllProviders))]</c> runs a test once per provider. SQLite and
/// PostgreSQL always; SQL Server when <c>IC_SQLSERVER</c> holds a connection string to a server (none runs here).
/// </summary>
public sealed class AllProviders : TheoryData<DatabaseProvider>
{
    public AllProviders()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.PostgreSql);
        if (SqlServer.ConnectionString is not null)
        {
            Add(DatabaseProvider.SqlServer);
        }
    }
}

/// <summary>Every provider the product supports, for tests of models and scripts that need no server.</summary>
public sealed class SupportedProviders : TheoryData<DatabaseProvider>
{
    public SupportedProviders()
    {
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            Add(provider);
        }
    }
}
