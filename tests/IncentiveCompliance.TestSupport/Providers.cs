using IncentiveCompliance.Infrastructure.Persistence;
using Xunit;

namespace IncentiveCompliance.TestSupport;

/// <summary>Every database the product runs on: <c>[ClassData(typeof(AllProviders))]</c> runs a test once per provider.</summary>
public sealed class AllProviders : TheoryData<DatabaseProvider>
{
    public AllProviders()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.PostgreSql);
    }
}
