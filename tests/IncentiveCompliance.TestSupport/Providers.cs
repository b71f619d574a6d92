using IncentiveCompliance.Infrastructure.Persistence;
using Xunit;

namespace IncentiveCompliance.TestSupport;

/// <summary>Every database the product runs on: integration tests run once per provider.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];
}
